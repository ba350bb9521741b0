import { stringify } from 'yaml';
import type { ImportedArticle } from './article';

/**
 * The corpus file of an article: YAML front matter (`title`, `date`, `source`, `url`, `lang`) and
 * one line per paragraph, `## ` before subheadings, as indexer/parse-markdown-article.ts reads it.
 * The output depends only on the article, so re-importing an unchanged article gives the same bytes.
 */
export function formatMarkdownArticle(article: ImportedArticle): string {
  const front: Record<string, string> = {};
  if (article.title) front.title = oneLine(article.title);
  front.date = article.date;
  if (article.source) front.source = oneLine(article.source);
  if (article.url) front.url = article.url;
  front.lang = article.lang;
  const body = article.blocks.map((b) => (b.kind === 'heading' ? `## ${oneLine(b.text)}` : escapeLeadingMarkup(oneLine(b.text))));
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}

/** Collapses ASCII white space (no-break spaces are kept as written). */
export function oneLine(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

/** A paragraph that starts like a heading or a quote would lose words: the marker is moved off the line start. */
function escapeLeadingMarkup(text: string): string {
  return /^(?:#{1,6}[ \t]|>)/.test(text) ? `\u200b${text}` : text;
}
