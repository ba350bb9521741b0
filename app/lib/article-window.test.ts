import { describe, expect, it } from 'vitest';
import {
  focusWindow,
  isLongArticle,
  pageWindow,
  WHOLE_ARTICLE_MAX_CHARS,
  WHOLE_ARTICLE_MAX_PARAGRAPHS,
  WINDOW_RADIUS,
  WINDOW_SIZE,
} from './article-window';

const paragraphs = (count: number, length = 10) => Array.from({ length: count }, () => ({ text: 'x'.repeat(length) }));

describe('article window', () => {
  it('keeps a short article whole, windows one with too many paragraphs or characters', () => {
    expect(isLongArticle(paragraphs(WHOLE_ARTICLE_MAX_PARAGRAPHS))).toBe(false);
    expect(isLongArticle(paragraphs(WHOLE_ARTICLE_MAX_PARAGRAPHS + 1))).toBe(true);
    expect(isLongArticle(paragraphs(2, WHOLE_ARTICLE_MAX_CHARS / 2))).toBe(false);
    expect(isLongArticle(paragraphs(2, WHOLE_ARTICLE_MAX_CHARS / 2 + 1))).toBe(true);
  });

  it('centres a shared paragraph, sliding the window at either end of the article', () => {
    expect(focusWindow(1400, 700)).toEqual({
      start: 700 - WINDOW_RADIUS,
      end: 700 + WINDOW_RADIUS + 1,
      total: 1400,
      previousFrom: 700 - WINDOW_RADIUS - WINDOW_SIZE + 1,
      nextFrom: 700 + WINDOW_RADIUS + 2,
    });
    expect(focusWindow(1400, 3)).toMatchObject({ start: 0, end: WINDOW_SIZE, previousFrom: null, nextFrom: WINDOW_SIZE + 1 });
    expect(focusWindow(1400, 1399)).toMatchObject({ start: 1400 - WINDOW_SIZE, end: 1400, nextFrom: null });
  });

  it('pages from `depuis` (1-based), clamping what is unreadable or out of range', () => {
    expect(pageWindow(100, undefined)).toMatchObject({ start: 0, end: WINDOW_SIZE, previousFrom: null, nextFrom: WINDOW_SIZE + 1 });
    expect(pageWindow(100, String(WINDOW_SIZE + 1))).toMatchObject({ start: WINDOW_SIZE, previousFrom: 1 });
    expect(pageWindow(100, '95')).toMatchObject({ start: 94, end: 100, nextFrom: null, previousFrom: 94 - WINDOW_SIZE + 1 });
    expect(pageWindow(100, '100000')).toMatchObject({ start: 99, end: 100 });
    for (const junk of ['0', '-3', 'abc', '1e3', '']) expect(pageWindow(100, junk).start).toBe(0);
  });

  it('walks a whole article page by page through its links, each paragraph once', () => {
    const seen: number[] = [];
    let from: number | null = 1;
    while (from !== null) {
      const page = pageWindow(130, String(from));
      for (let i = page.start; i < page.end; i++) seen.push(i);
      from = page.nextFrom;
    }
    expect(seen).toEqual([...Array(130).keys()]);
  });
});
