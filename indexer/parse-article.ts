import type { ParsedArticle } from './parsed-article';
import { parseMarkdownArticle } from './parse-markdown-article';
import { parseTextArticle } from './parse-text-article';
import type { ArticleFormat } from './read-corpus';

export function parseArticle(input: {
  id: string;
  file: string;
  format: ArticleFormat;
  text: string;
}): ParsedArticle {
  return input.format === 'markdown' ? parseMarkdownArticle(input) : parseTextArticle(input);
}
