import type { TokenMarker } from './query';
import { tokenize } from './tokenize';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `& < > " '` for HTML text and attribute contexts. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * The text HTML-escaped, with `<mark>…</mark>` around every token `mark` flags. Everything
 * outside the marks (accents, apostrophes, elisions) stays as written.
 */
export function highlightText(text: string, mark: TokenMarker): string {
  let out = '';
  let cursor = 0;
  const tokens = tokenize(text);
  const marks = mark(tokens);
  for (const [i, token] of tokens.entries()) {
    if (!marks[i]) continue;
    out += escapeHtml(text.slice(cursor, token.start));
    out += `<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    cursor = token.end;
  }
  return out + escapeHtml(text.slice(cursor));
}
