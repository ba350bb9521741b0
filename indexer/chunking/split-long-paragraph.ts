/**
 * Longest paragraph kept whole, in UTF-16 code units. A news paragraph is a few hundred
 * characters; a longer one is split so that no search hit, page or highlight carries megabytes.
 */
export const MAX_PARAGRAPH_CHARS = 3000;

/**
 * A part ends at the last sentence end within this many code units before the limit, else at the
 * last word end within `WORD_LOOKBACK`, else at the limit. Only that stretch goes through the
 * segmenter: V8's `Intl.Segmenter` costs time proportional to the whole string at every step
 * (quadratic on a megabyte paragraph).
 */
const SENTENCE_LOOKBACK = 1000;
const WORD_LOOKBACK = 100;

const sentenceSegmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/**
 * Splits a paragraph longer than `maxChars` into parts of at most `maxChars`, from the start:
 * each part as long as it can be while ending at a sentence end (French rules of
 * `Intl.Segmenter`), else a word end, else anywhere but inside a surrogate pair. Deterministic:
 * the same text always gives the same parts.
 */
export function splitLongParagraph(text: string, maxChars = MAX_PARAGRAPH_CHARS): string[] {
  if (text.length <= maxChars) return [text];
  const parts: string[] = [];
  const push = (part: string) => {
    const trimmed = part.trim();
    if (trimmed !== '') parts.push(trimmed);
  };
  let start = 0;
  while (text.length - start > maxChars) {
    const end = cutPoint(text, start, start + maxChars);
    push(text.slice(start, end));
    start = end;
  }
  push(text.slice(start));
  return parts;
}

function cutPoint(text: string, start: number, limit: number): number {
  return (
    lastBoundary(sentenceSegmenter, text, Math.max(start, limit - SENTENCE_LOOKBACK), limit) ??
    lastBoundary(wordSegmenter, text, Math.max(start, limit - WORD_LOOKBACK), limit) ??
    (isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit)
  );
}

/** Where the last segment of `text[from, to)` starts (it may run past `to`); null when at `from`. */
function lastBoundary(segmenter: Intl.Segmenter, text: string, from: number, to: number): number | null {
  let last = 0;
  for (const { index } of segmenter.segment(text.slice(from, to))) last = index;
  return last > 0 ? from + last : null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
