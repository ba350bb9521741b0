import type { TokenMarker } from './query';
import { tokenize, type Token } from './tokenize';

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

/** Escapes `text[from, to)` with `<mark>` around the flagged tokens inside it. */
function render(text: string, tokens: readonly Token[], marks: readonly boolean[], from: number, to: number): string {
  let out = '';
  let cursor = from;
  for (const [i, token] of tokens.entries()) {
    if (!marks[i] || token.start < from || token.end > to) continue;
    out += escapeHtml(text.slice(cursor, token.start));
    out += `<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    cursor = token.end;
  }
  return out + escapeHtml(text.slice(cursor, to));
}

/**
 * The text HTML-escaped, with `<mark>…</mark>` around every token `mark` flags. Everything
 * outside the marks (accents, apostrophes, elisions) stays as written.
 */
export function highlightText(text: string, mark: TokenMarker): string {
  const tokens = tokenize(text);
  return render(text, tokens, mark(tokens), 0, text.length);
}

/** Words a snippet holds: about two lines of a result list. */
export const SNIPPET_WORDS = 40;
const CROP_MARKER = '…';
const SPACE = /\s/u;

/**
 * The first token of the `size`-token window holding the most marked tokens (the earliest on a
 * tie), moved so that its marked stretch sits in the middle.
 */
function bestWindow(marks: readonly boolean[], size: number): number {
  const start = densestWindow(marks, size);
  let first = -1;
  let last = -1;
  for (let i = start; i < start + size; i++) {
    if (!marks[i]) continue;
    if (first === -1) first = i;
    last = i;
  }
  if (first === -1) return 0;
  const slack = size - (last - first + 1);
  return Math.max(0, Math.min(marks.length - size, first - Math.floor(slack / 2)));
}

function densestWindow(marks: readonly boolean[], size: number): number {
  let count = 0;
  for (let i = 0; i < size; i++) if (marks[i]) count++;
  let best = 0;
  let bestCount = count;
  for (let start = 1; start + size <= marks.length; start++) {
    if (marks[start - 1]) count--;
    if (marks[start + size - 1]) count++;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  return best;
}

/**
 * The highlight of the whole text, and a snippet: the same marks on about `SNIPPET_WORDS` words
 * around the region holding the most matches, cut at spaces, "…" where text was left out.
 */
export function highlightWithSnippet(text: string, mark: TokenMarker): { highlight: string; snippet: string } {
  const tokens = tokenize(text);
  const marks = mark(tokens);
  const highlight = render(text, tokens, marks, 0, text.length);
  if (tokens.length <= SNIPPET_WORDS) return { highlight, snippet: highlight };
  const first = bestWindow(marks, SNIPPET_WORDS);
  const last = first + SNIPPET_WORDS - 1;
  let from = first === 0 ? 0 : tokens[first]!.start;
  while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
  let to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  while (to < text.length && !SPACE.test(text[to]!)) to++;
  const before = from > 0 ? `${CROP_MARKER} ` : '';
  const after = to < text.length ? ` ${CROP_MARKER}` : '';
  return { highlight, snippet: `${before}${render(text, tokens, marks, from, to).trim()}${after}` };
}
