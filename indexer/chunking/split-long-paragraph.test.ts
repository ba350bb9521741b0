import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH_CHARS, splitLongParagraph } from './split-long-paragraph';

const SENTENCE = 'Le conseil municipal s’est réuni mardi soir pour voter le budget. ';

describe('splitLongParagraph', () => {
  it('keeps a paragraph within the limit whole', () => {
    const text = SENTENCE.repeat(10).trim();
    expect(splitLongParagraph(text)).toEqual([text]);
  });

  it('splits a long paragraph at sentence ends into parts within the limit', () => {
    const text = SENTENCE.repeat(200).trim();
    const parts = splitLongParagraph(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
      expect(part).toMatch(/^Le conseil .*budget\.$/u);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('cuts a sentence longer than the limit between words, and a giant word anywhere but inside a surrogate pair', () => {
    const words = 'mot '.repeat(2000).trim();
    const wordParts = splitLongParagraph(words, 1000);
    expect(wordParts.every((p) => p.length <= 1000 && /^mot( mot)*$/u.test(p))).toBe(true);
    expect(wordParts.join(' ')).toBe(words);

    const emoji = '😀'.repeat(1500);
    const emojiParts = splitLongParagraph(emoji, 999);
    expect(emojiParts.every((p) => p.length <= 999 && Buffer.from(p).toString() === p)).toBe(true);
    expect(emojiParts.join('')).toBe(emoji);
  });

  it('gives the same parts for the same text', () => {
    const text = `${SENTENCE.repeat(80)}${'x'.repeat(5000)} ${SENTENCE.repeat(80)}`;
    expect(splitLongParagraph(text)).toEqual(splitLongParagraph(text));
  });
});
