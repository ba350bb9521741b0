import { VALUE_FACETS, type ArticleMeta, type ParagraphFacets, type ParagraphInput } from '../search/index';
import type { ChunkedArticle } from './chunking/chunk-article';
import { assignParagraphIds } from './ids/paragraph-ids';
import type { ParagraphTags } from './tag/types';

/** One article as the pipeline hands it to the engine, before its fingerprint is attached. */
export interface ProcessedArticle {
  id: string;
  meta: ArticleMeta;
  paragraphs: ParagraphInput[];
}

/** Joins chunks, ids and tags into the article and its paragraphs handed to the engine. */
export function buildParagraphs(chunked: ChunkedArticle, tags: readonly ParagraphTags[]): ProcessedArticle {
  const { article, title, paragraphs } = chunked;
  const ids = assignParagraphIds(
    article.id,
    paragraphs.map((p) => p.text),
  );
  return {
    id: article.id,
    meta: { title, date: article.date, source: article.source, sourceUrl: article.sourceUrl },
    paragraphs: paragraphs.map((chunk, i) => ({
      id: ids[i] ?? '',
      position: chunk.position,
      section: chunk.section,
      text: chunk.text,
      facets: Object.fromEntries(VALUE_FACETS.map((f) => [f.name, tags[i]?.[f.name] ?? []])) as ParagraphFacets,
    })),
  };
}
