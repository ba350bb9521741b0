const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[’ʼ‘`´]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const LIGATURE_PATTERN = /[œæßﬁﬂ]/g;

/**
 * Folds a string for matching: lower case, accents removed, ligatures expanded (œ→oe, æ→ae),
 * every apostrophe variant turned into `'`. "L’Œuvre" → "l'oeuvre".
 */
export function normalizeForMatch(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'")
    .normalize('NFC');
}

const NON_WORD = /[^\p{L}\p{N}]/gu;
const foldedChars = new Map<number, string>();

function foldChar(code: number, char: string): string {
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    folded = normalizeForMatch(char).replace(NON_WORD, '');
    foldedChars.set(code, folded);
  }
  return folded;
}

/**
 * `normalizeForMatch` for one word, keeping letters and digits only: the indexed form of a token.
 * Same result, character by character through a cache, because it runs for every indexed word.
 */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += word[i];
    else if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < word.length) {
      const pair = word.slice(i, i + 2);
      out += foldChar(pair.codePointAt(0)!, pair);
      i++;
    } else out += foldChar(code, word[i]!);
  }
  return out;
}
