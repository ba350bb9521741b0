const COMBINING_MARKS = /\p{M}/gu;
const TYPOGRAPHIC_APOSTROPHES = /[’ʼ‘`´]/g;
const NEEDS_FOLDING = /[^\x00-\x7f]|['’]/;
const LIGATURES = /[œæ]/g;

/** Matching key of a word or phrase: lower case, no accents, straight apostrophes. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  let folded = lower.normalize('NFD').replace(COMBINING_MARKS, '');
  if (/[’ʼ‘`´]/.test(folded)) folded = folded.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  if (/[œæ]/.test(folded)) folded = folded.replace(LIGATURES, (l) => (l === 'œ' ? 'oe' : 'ae'));
  return folded;
}
