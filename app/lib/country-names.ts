import 'server-only';
// The tagger's French names (one list for indexing and display); kept server side so the
// client bundle never carries the country list: the API sends the names it needs.
export { countryName } from '../../indexer/tag/country-names';
