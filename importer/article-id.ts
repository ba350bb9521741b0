import { createHash } from 'node:crypto';

/** The indexer's rule for file-name stems (see indexer/read-corpus.ts). */
export const ARTICLE_ID = /^[A-Za-z0-9_-]{1,200}$/;
const SLUG_MAX = 60;

/**
 * A stable id from an article's canonical URL: a readable slug of its host and last path segment,
 * then 12 hex digits of SHA-256 of the URL (without scheme, `www.` or a final slash): the same URL always names the same file.
 */
export function articleIdFromUrl(canonical: string): string {
  const url = new URL(canonical);
  const host = url.hostname.replace(/^www\./, '');
  const segment = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  const key = `${host}${url.pathname.replace(/(.)\/+$/, '$1')}${url.search}`;
  return joinId([slugify(host), slugify(segment.replace(/\.[a-z0-9]{2,5}$/i, ''))], key);
}

/**
 * An id for an article that has no URL, from what identifies it rather than from its words, so an
 * edited body keeps its file: source, date and title, or the whole text when there is no title.
 */
export function articleIdFromContent(parts: { source: string | null; date: string; title: string | null; text: string }): string {
  const key = parts.title ? [parts.source ?? '', parts.date, normalise(parts.title)].join('\n') : normalise(parts.text);
  return joinId([slugify(parts.title ?? parts.text)], key);
}

function joinId(words: string[], key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  const slug = words.filter(Boolean).join('-').slice(0, SLUG_MAX).replace(/-+$/, '');
  return slug ? `${slug}-${hash}` : hash;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX);
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
