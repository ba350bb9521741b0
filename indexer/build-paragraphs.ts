import type { Paragraph } from '../search/types';
import type { ChunkedArticle } from './chunking/chunk-article';
import { assignParagraphIds } from './ids/paragraph-ids';
import type { ParagraphTags } from './tag/types';

/** Joins chunks, ids and tags into the domain `Paragraph`s handed to the engine. */
export function buildParagraphs(chunked: ChunkedArticle, tags: readonly ParagraphTags[]): Paragraph[] {
  const { article, title, paragraphs } = chunked;
  const ids = assignParagraphIds(
    article.id,
    paragraphs.map((p) => p.text),
  );
  return paragraphs.map((chunk, i) => ({
    id: ids[i] ?? '',
    article: article.id,
    position: chunk.position,
    section: chunk.section,
    text: chunk.text,
    date: article.date,
    persons: tags[i]?.persons ?? [],
    countries: tags[i]?.countries ?? [],
    title,
    source: article.source,
    sourceUrl: article.sourceUrl,
  }));
}
