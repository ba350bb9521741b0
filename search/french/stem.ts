import { newStemmer } from 'snowball-stemmers';

const stemmer = newStemmer('french');
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;
const HAS_DIGIT = /\d/;

/**
 * French Snowball stem of a folded word ("armees" → "arme", "nationaux" → "national").
 * Words with digits are their own stem. Results are memoised: stemming is the tokenizer's
 * hottest step.
 */
export function stem(norm: string): string {
  const cached = cache.get(norm);
  if (cached !== undefined) return cached;
  const result = HAS_DIGIT.test(norm) ? norm : stemmer.stem(norm);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, result);
  return result;
}
