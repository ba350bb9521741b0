import { readTagTokens } from './tag-tokens';

/** Matching key of a whole phrase, built with the same tokenizer as the text ("Tel-Aviv" = "tel aviv"). */
export function buildPhraseKey(phrase: string): string {
  return readTagTokens(phrase).map((token) => token.phraseKey).join(' ');
}

/** First word of a phrase key: what the matcher indexes phrases by. */
export function getFirstWord(key: string): string {
  const space = key.indexOf(' ');
  return space === -1 ? key : key.slice(0, space);
}
