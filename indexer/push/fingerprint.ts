import { createHash } from 'node:crypto';

/**
 * An article's fingerprint: its file name and bytes plus the pipeline version (indexer and
 * tagger code and data), so a change to either re-indexes the article.
 */
export function fingerprintArticle(fileName: string, bytes: Uint8Array, pipelineVersion: string): string {
  return createHash('sha256')
    .update(`paragraphe-indexer\0${pipelineVersion}\0${fileName}\0`)
    .update(bytes)
    .digest('hex');
}
