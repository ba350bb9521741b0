import { describe, expect, it } from 'vitest';
import { parseQuery } from '../french/index';
import { buildExclusionExpression, buildMatchExpression, buildRefinements, hasTypoCandidates, type QueryPlan } from './match-expression';

function plan(q: string, typos: Record<string, string[]> = {}): QueryPlan {
  const { words, excluded } = parseQuery(q);
  return { words: words.map((word) => ({ word, typos: typos[word.parts[0]!.norm] ?? [] })), excluded };
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
    const excluding = buildMatchExpression(plan('a -"NOT x" -(y) -"z'), 'close')!;
    expect(excluding.replace(/"[^"]*"\*?/g, ' ').split(/[\s:()]+/).filter(Boolean)).toEqual(['stems', 'NOT', 'words', 'OR', 'words', 'OR', 'words']);
  });

  it('matches a phrase as written at every level, adjacent, stop words in place', () => {
    const words = plan('"ministre des Armées" coop', { ministre: ['ministres'] });
    expect(buildMatchExpression(words, 'typo')).toBe('words : "ministre des armees" AND (stems : "coop" OR words : "coop"*)');
  });

  it('subtracts excluded words and phrases, as written', () => {
    const words = plan('gaz -Espagne -"mer du Nord"');
    expect(buildExclusionExpression(words.excluded)).toBe('words : "espagne" OR words : "mer du nord"');
    expect(buildMatchExpression(words, 'close')).toBe('(stems : "gaz") NOT (words : "espagne" OR words : "mer du nord")');
    expect(buildMatchExpression(plan('-Espagne'), 'close')).toBeNull();
  });

  it('asks for a repeated word once, and ranks proximity for two to five words only', () => {
    const repeated = plan("l'a l'a L'A l'a -x -x ");
    expect(buildMatchExpression(repeated, 'exact')).toBe('(words : "a") NOT (words : "x")');
    expect(buildMatchExpression(repeated, 'near')).toBeNull();
    expect(buildMatchExpression(plan('pomme poire prune cerise figue '), 'near')).toBe(
      'words : NEAR("pomme" "poire" "prune" "cerise" "figue", 3)',
    );
    expect(buildMatchExpression(plan('pomme poire prune cerise figue kiwi '), 'near')).toBeNull();
  });

  it('matches a prefix through its completions when there are few, leaving out those of its own stem', () => {
    const { words, excluded } = parseQuery('gaz fichier');
    const planned = { words: words.map((word, i) => ({ word, typos: [], completions: i === 1 ? ['fichier', 'fichiers', 'fichiez'] : null })), excluded };
    expect(buildMatchExpression(planned, 'close')).toBe('stems : "gaz" AND (stems : "fichier" OR words : "fichiez")');
    const native = { words: words.map((word) => ({ word, typos: [], completions: null })), excluded };
    expect(buildMatchExpression(native, 'close')).toBe('stems : "gaz" AND (stems : "fichier" OR words : "fichier"*)');
  });

  it('refines a close level by each word as typed, a typo level by words without a typo, then by one edit', () => {
    const words = plan('ministres negociatoins ', { negociatoins: ['negociations', 'negociation'] });
    expect(buildRefinements(words, 'close', 'L')).toEqual([
      { expression: '(L) AND words : "ministres"', penalty: 1 },
      { expression: '(L) AND words : "negociatoins"', penalty: 1 },
    ]);
    expect(buildRefinements(words, 'typo', 'L')).toEqual([
      { expression: '(L) AND words : "ministres"', penalty: 1 },
      { expression: '(L) AND stems : "negociatoin"', penalty: 16 },
      { expression: '(L) AND (stems : "negociatoin" OR words : "negociations")', penalty: 16 },
    ]);
  });

  it('refines nothing that cannot differ: one word, a phrase, the exact and near levels', () => {
    expect(buildRefinements(plan('ministres '), 'close', 'L')).toEqual([]);
    expect(buildRefinements(plan('negociatoins ', { negociatoins: ['negociations', 'negociation'] }), 'typo', 'L')).toEqual([
      { expression: '(L) AND (stems : "negociatoin" OR words : "negociations")', penalty: 16 },
    ]);
    expect(buildRefinements(plan('"ministre des armees" paix '), 'close', 'L')).toEqual([{ expression: '(L) AND words : "paix"', penalty: 1 }]);
    expect(buildRefinements(plan('ministres paix '), 'exact', 'L')).toEqual([]);
    const unindexed = plan('ministres lieus ');
    unindexed.words[1]!.indexed = false;
    expect(buildRefinements(unindexed, 'close', 'L')).toEqual([{ expression: '(L) AND words : "ministres"', penalty: 1 }]);
  });

  it('gives nothing to match for an empty or punctuation-only query', () => {
    expect(buildMatchExpression(plan(' ¡!? « » '), 'close')).toBeNull();
  });
});
