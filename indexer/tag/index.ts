import { loadLexicon } from './lexicon';
import { tagArticle } from './tag-article';
import type { Tagger } from './types';

export type { ParagraphTags, Tagger } from './types';
export { countryFlag, countryName } from './country-names';

/** Loads the lexicon once (a few tens of ms) and returns a tagger that only reads it. */
export function createTagger(): Tagger {
  const lexicon = loadLexicon();
  return { tagArticle: (paragraphs) => tagArticle(paragraphs, lexicon) };
}
