/**
 * Which paragraphs of an article a page renders. A long article (split huge paragraphs give
 * thousands of parts) is served a window at a time, with plain links to the rest, so no page
 * weighs megabytes; a short one is rendered whole, as always.
 */

/** Past either bound, an article is shown a window at a time. */
export const WHOLE_ARTICLE_MAX_PARAGRAPHS = 60;
export const WHOLE_ARTICLE_MAX_CHARS = 200_000;
/** Paragraphs shown on each side of a shared paragraph. */
export const WINDOW_RADIUS = 20;
/** Paragraphs per page of a long article (`/articles/<id>?depuis=N`). */
export const WINDOW_SIZE = 2 * WINDOW_RADIUS + 1;

export interface ArticleWindow {
  /** Index of the first paragraph shown (0-based). */
  start: number;
  /** Index after the last paragraph shown. */
  end: number;
  total: number;
  /** `depuis` (1-based) of the page before and after, null at either end. */
  previousFrom: number | null;
  nextFrom: number | null;
}

export function isLongArticle(paragraphs: readonly { text: string }[]): boolean {
  if (paragraphs.length > WHOLE_ARTICLE_MAX_PARAGRAPHS) return true;
  let chars = 0;
  for (const p of paragraphs) {
    chars += p.text.length;
    if (chars > WHOLE_ARTICLE_MAX_CHARS) return true;
  }
  return false;
}

function windowOf(start: number, total: number): ArticleWindow {
  const end = Math.min(total, start + WINDOW_SIZE);
  return {
    start,
    end,
    total,
    previousFrom: start > 0 ? Math.max(0, start - WINDOW_SIZE) + 1 : null,
    nextFrom: end < total ? end + 1 : null,
  };
}

/** The page starting at `depuis` (1-based; anything unreadable or out of range is clamped). */
export function pageWindow(total: number, depuis: string | undefined): ArticleWindow {
  const asked = depuis !== undefined && /^\d{1,9}$/.test(depuis) ? Number(depuis) : 1;
  const start = Math.min(Math.max(asked, 1), Math.max(total, 1)) - 1;
  return windowOf(start, total);
}

/** The paragraphs around the one at `index`, it in the middle when the article allows. */
export function focusWindow(total: number, index: number): ArticleWindow {
  const start = Math.max(0, Math.min(index - WINDOW_RADIUS, total - WINDOW_SIZE));
  return windowOf(start, total);
}
