/**
 * Guesses the language of a text from its most frequent function words: enough to tell a French
 * article from an English, Spanish, Italian, German or Portuguese one, not a general detector.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'dans', 'pour', 'qui', 'que', 'pas', 'sur', 'au', 'avec', 'il', 'elle', 'ont', 'été', 'à', 'aux', 'ce', 'cette', 'mais', 'où'],
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'with', 'was', 'on', 'are', 'as', 'by', 'it', 'he', 'she', 'have', 'has', 'this', 'from', 'which', 'were', 'but'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'por', 'con', 'para', 'una', 'es', 'en', 'se', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'muy'],
  it: ['il', 'della', 'che', 'per', 'non', 'sono', 'una', 'di', 'e', 'del', 'con', 'gli', 'nel', 'alla', 'anche', 'come', 'più', 'ma', 'è', 'stato'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'auch', 'dem', 'es', 'wird', 'wurde'],
  pt: ['os', 'as', 'do', 'da', 'dos', 'das', 'que', 'em', 'um', 'uma', 'não', 'com', 'para', 'por', 'mais', 'foi', 'são', 'ao', 'pelo', 'também'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), lang]);
}
const MIN_HITS = 8;

/** The language code with the most function words, or null when the text is too short to say. */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const lang of LOOKUP.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS || (second && second[1] * 1.5 > best[1])) return null;
  return best[0];
}

/** `fr-FR`, `fr_CA`, `FR` → `fr`; anything that is not a language tag → null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}
