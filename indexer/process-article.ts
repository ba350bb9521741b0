import { buildParagraphs, type ProcessedArticle } from './build-paragraphs';
import { chunkArticle } from './chunking/chunk-article';
import { parseArticle } from './formats/registry';
import type { ArticleSource, CorpusReader } from './reading/read-corpus';
import type { TagStage } from './tag/tag-stage';

export type ArticleProcessor = (source: ArticleSource, id: string) => ProcessedArticle;

/** decode → parse → chunk → tag → article metadata and paragraphs with ids; throws a `CorpusFileError` for a bad file. */
export function createArticleProcessor(deps: { reader: CorpusReader; tag: TagStage }): ArticleProcessor {
  return (source, id) => {
    const text = deps.reader.decode(source);
    const parsed = parseArticle({ id, file: source.entry.file, format: source.format, text });
    const chunked = chunkArticle(parsed);
    const tags = deps.tag(
      source.entry.file,
      chunked.paragraphs.map((p) => p.text),
    );
    return buildParagraphs(chunked, tags);
  };
}
