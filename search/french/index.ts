/**
 * French text handling shared by every search adapter: folding, tokenizing, stemming, stop
 * words, typo rules and highlighting.
 */
export { foldText, foldWord, type FoldOptions } from './fold';
export { tokenize, tokenizeCompounds, ELISIONS, type Token, type CompoundWord } from './tokenize';
export { stem } from './stem';
export { FRENCH_STOP_WORDS, isStopWord } from './stop-words';
export { maxTypos, typoDistance, matchesWithTypos } from './typos';
export { highlightText, highlightWithSnippet, escapeHtml, SNIPPET_WORDS } from './highlight';
export {
  parseQuery,
  requiredWords,
  relaxQuery,
  createQueryMatcher,
  markEach,
  tokenMatchesPart,
  MIN_PREFIX_LENGTH,
  type QueryWord,
  type ParsedQuery,
  type TokenMarker,
} from './query';
