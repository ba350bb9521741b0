import COUNTRY_NAMES from './lexicon/country-names.json';

const NAMES: Readonly<Record<string, string>> = COUNTRY_NAMES;
const REGIONAL_INDICATOR_A = 0x1f1e6;

/** French display name of an ISO 3166-1 alpha-2 code ("MA" → "Maroc"); the code itself if unknown. */
export function countryName(code: string): string {
  return NAMES[code.toUpperCase()] ?? code;
}

/** Flag emoji of a two-letter code ("MA" → 🇲🇦); empty for anything else. */
export function countryFlag(code: string): string {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return '';
  return String.fromCodePoint(...[...upper].map((c) => REGIONAL_INDICATOR_A + c.charCodeAt(0) - 65));
}
