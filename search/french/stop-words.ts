import { fra } from 'stopword';
import { foldText } from './fold';

/**
 * French stop words (the Snowball list shipped by the `stopword` package), folded like indexed
 * terms. They need not match: a query keeps working when they are absent from a paragraph.
 */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(fra.map((w) => foldText(w)));

/** Whether a folded word is a French stop word. */
export function isStopWord(norm: string): boolean {
  return FRENCH_STOP_WORDS.has(norm);
}
