const COMBINING_MARKS = /\p{M}/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const LIGATURE_PATTERN = /[œæßﬁﬂ]/g;
const APOSTROPHES = /[’ʼ‘`´]/g;
// ʼ (U+02BC) is a letter, not punctuation: text folded with its accents kept keeps it as written.
const PUNCTUATION_APOSTROPHES = /[’‘`´]/g;
const DOUBLE_QUOTES = /[«»“”]/g;
const WHITE_SPACE_RUNS = /\s+/g;
/** ASCII with nothing to fold but case (the backtick is an apostrophe). */
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

export interface FoldOptions {
  /**
   * Keep accents and ligatures as written (only compatibility forms are unified, NFKC): the form
   * paragraph ids are computed from, so it must never change for existing text.
   */
  keepAccents?: boolean;
  /** Also turn « » “ ” into `"` and runs of white space into one space, trimmed. */
  unifyPunctuation?: boolean;
}

/**
 * The one French folding: lower case, every apostrophe variant turned into `'`, and by default
 * accents removed and ligatures expanded (œ→oe, æ→ae). "L’Œuvre" → "l'oeuvre". Used for matching
 * (search analysis, tagger lexicon keys, facet-value filtering) and, with `keepAccents` and
 * `unifyPunctuation`, for paragraph ids.
 */
export function foldText(text: string, options: FoldOptions = {}): string {
  let folded: string;
  if (options.keepAccents) {
    folded = text.normalize('NFKC').toLowerCase().replace(PUNCTUATION_APOSTROPHES, "'");
  } else if (PLAIN_ASCII.test(text)) {
    folded = text.toLowerCase();
  } else {
    folded = text
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c)
      .replace(APOSTROPHES, "'")
      .normalize('NFC');
  }
  if (options.unifyPunctuation) {
    folded = folded.replace(DOUBLE_QUOTES, '"').replace(WHITE_SPACE_RUNS, ' ').trim();
  }
  return folded;
}

const NON_WORD = /[^\p{L}\p{N}]/gu;
const foldedChars = new Map<number, string>();

function foldChar(code: number, char: string): string {
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    folded = foldText(char).replace(NON_WORD, '');
    foldedChars.set(code, folded);
  }
  return folded;
}

/**
 * `foldText` for one word, keeping letters and digits only: the indexed form of a token.
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
