import { describe, expect, it } from 'vitest';
import { SortedWordList } from './sorted-word-list';
import { readTagTokens } from './tag-tokens';

describe('readTagTokens', () => {
  it('splits elided articles off with either apostrophe', () => {
    expect(readTagTokens('l’Espagne et d\'Algérie').map((t) => t.text)).toEqual(['l’', 'Espagne', 'et', "d'", 'Algérie']);
  });

  it('keeps hyphenated words whole and folds accents', () => {
    const [token] = readTagTokens('Etats-Unis');
    expect(token).toMatchObject({ text: 'Etats-Unis', key: 'etats-unis', phraseKey: 'etats unis', words: 2 });
    expect(readTagTokens('États-Unis')[0]!.key).toBe('etats-unis');
  });

  it('marks sentence starts and punctuation breaks, not the period of "M."', () => {
    const tokens = readTagTokens('Il part. « Nous restons », dit M. Saïed, puis John F. Kennedy.');
    const flags = Object.fromEntries(tokens.map((t) => [t.text, [t.sentenceStart, t.afterBreak]]));
    expect(flags['Nous']).toEqual([true, true]);
    expect(flags['dit']).toEqual([false, true]);
    expect(flags['Saïed']).toEqual([false, false]);
    expect(flags['Kennedy']).toEqual([false, false]);
    expect(tokens.find((t) => t.text === 'F')!.abbreviated).toBe(true);
  });
});

describe('SortedWordList', () => {
  it('finds exactly the listed words', () => {
    const list = new SortedWordList(['abbé', 'maison', 'selon', 'zèbre'].sort().join('\n'));
    for (const word of ['abbé', 'maison', 'selon', 'zèbre']) expect(list.has(word)).toBe(true);
    for (const word of ['', 'a', 'mais', 'maisons', 'zz']) expect(list.has(word)).toBe(false);
  });
});
