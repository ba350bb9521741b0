/** Case- and accent-insensitive form, for filtering facet values in the browser. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
