import { TaggingError } from '../errors';
import type { ParagraphTags, Tagger } from './types';

export type TagStage = (file: string, texts: readonly string[]) => ParagraphTags[];

/** Wraps the tagger: one result per paragraph, sorted and unique, or a `TaggingError` for the file. */
export function createTagStage(tagger: Tagger): TagStage {
  return (file, texts) => {
    let tags: ParagraphTags[];
    try {
      tags = tagger.tagArticle(texts);
    } catch (cause) {
      throw new TaggingError(file, 'tagging failed', { cause });
    }
    if (tags.length !== texts.length) {
      throw new TaggingError(file, `tagger returned ${tags.length} results for ${texts.length} paragraphs`);
    }
    return tags.map((t) => ({ persons: sortedUnique(t.persons), countries: sortedUnique(t.countries) }));
  };
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
