// The browser's own French collation at base strength ignores case, accents and punctuation
// (’ and ' alike), so the facet filter box needs no folding code of its own in the bundle.
const COLLATOR = new Intl.Collator('fr', { usage: 'search', sensitivity: 'base', ignorePunctuation: true });

/** Whether `text` contains `needle`, ignoring case, accents and punctuation: "saied" in "Kaïs Saïed". */
export function containsLoosely(text: string, needle: string): boolean {
  if (needle === '') return true;
  for (let start = 0; start + needle.length <= text.length; start++) {
    if (COLLATOR.compare(text.slice(start, start + needle.length), needle) === 0) return true;
  }
  return false;
}
