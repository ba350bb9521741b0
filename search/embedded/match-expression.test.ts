import { describe, expect, it } from 'vitest';
import { parseQuery } from '../french/index';
import { buildMatchExpression, hasTypoCandidates, type PlannedWord } from './match-expression';

function plan(q: string, typos: Record<string, string[]> = {}): PlannedWord[] {
  return parseQuery(q).map((word) => ({ word, typos: typos[word.parts[0]!.norm] ?? [] }));
}

describe('buildMatchExpression', () => {
  it('nests the levels: exact words, then stems and prefix, then typo candidates', () => {
    const words = plan("l'armée coop", { armee: ['armes'] });
    expect(buildMatchExpression(words, 'exact')).toBe('words : "armee" AND words : "coop"');
    expect(buildMatchExpression(words, 'close')).toBe('stems : "arme" AND (stems : "coop" OR words : "coop"*)');
    expect(buildMatchExpression(words, 'typo')).toBe(
      '(stems : "arme" OR words : "armes") AND (stems : "coop" OR words : "coop"*)',
    );
    expect(hasTypoCandidates(words)).toBe(true);
  });

  it('makes a hyphenated word a phrase and leaves out optional stop words', () => {
    expect(buildMatchExpression(plan('les garde-côtes '), 'exact')).toBe('words : "garde cotes"');
  });

  it('quotes only folded letters and digits, whatever the query holds', () => {
    const expression = buildMatchExpression(plan('"NEAR(x) OR y* ^z: \\\\" col:umn'), 'typo')!;
    const quoted = expression.match(/"[^"]*"/g)!;
    for (const q of quoted) expect(q).toMatch(/^"[\p{L}\p{N} ]+"$/u);
    const syntax = expression.replace(/"[^"]*"\*?/g, ' ').split(/[\s:()]+/).filter(Boolean);
    expect(new Set(syntax)).toEqual(new Set(['words', 'stems', 'AND', 'OR']));
  });

  it('gives nothing to match for an empty or punctuation-only query', () => {
    expect(buildMatchExpression(plan(' ¡!? « » '), 'close')).toBeNull();
  });
});
