import { createQueryMatcher, highlightText, parseQuery } from './french/index';

/**
 * A paragraph's text HTML-escaped, with `<mark>…</mark>` around every word the query matches by
 * the engines' French rules (exact, stem, prefix of the last word, typo). What search hits carry
 * as `highlight`, for pages that show a paragraph outside a search result.
 */
export function highlightParagraph(text: string, q: string): string {
  return highlightText(text, createQueryMatcher(parseQuery(q)));
}
