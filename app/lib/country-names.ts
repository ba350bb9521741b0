import 'server-only';
import { countryName as lexiconName } from '../../indexer/tag/country-names';

// Display follows French capitalisation (adjectives in lower case), where the lexicon's source
// capitalises like English; the tagger matches folded text, so only display needs it.
const FRENCH_DISPLAY: Readonly<Record<string, string>> = {
  EH: 'Sahara occidental',
  SA: 'Arabie saoudite',
};

// The tagger's French names (one list for indexing and display); kept server side so the
// client bundle never carries the country list: the API sends the names it needs.
export function countryName(code: string): string {
  return FRENCH_DISPLAY[code.toUpperCase()] ?? lexiconName(code);
}
