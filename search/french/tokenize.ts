import { foldWord } from './fold';
import { stem } from './stem';

/** One word of a text, with where it sits in the original string. */
export interface Token {
  /** The word as written (accents, case). */
  text: string;
  /** UTF-16 offset of the first character in the original string. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Folded form: lower case, no accents, ligatures expanded. */
  norm: string;
  /** French Snowball stem of `norm` (computed when first read). */
  readonly stem: string;
  /** True when glued to the previous token by a hyphen or a non-elision apostrophe ("garde-côtes"). */
  joined: boolean;
}

/** A token whose stem is computed on first read: highlighting needs few of them. */
class WordToken implements Token {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly norm: string,
    readonly joined: boolean,
  ) {}

  get stem(): string {
    return stem(this.norm);
  }
}

/** Words elided before a vowel ("l’armée", "jusqu'à", "presqu’île"), folded. */
export const ELISIONS: ReadonlySet<string> = new Set([
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu',
]);

const MODIFIER_APOSTROPHE = 0x2bc;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** Per UTF-16 unit: 0 not classified yet, 1 word character, 2 anything else (filled lazily). */
const UNIT_CLASS = new Uint8Array(65_536);
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 2;
// A letter for Unicode, but French text uses it as an apostrophe ("lʼÉtat").
UNIT_CLASS[MODIFIER_APOSTROPHE] = 2;

/** Length in UTF-16 units of the word character at `i` (letter, digit, mark), 0 if none. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i)!;
    return point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let kind = UNIT_CLASS[code]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(text[i]!) ? 1 : 2;
    UNIT_CLASS[code] = kind;
  }
  return kind === 1 ? 1 : 0;
}

const JOINERS = new Set(['-', '‐', '‑', "'", '’', 'ʼ']);
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/** Receives each run of word characters: its offsets and how it meets its neighbours. */
type PartVisitor = (start: number, end: number, glued: boolean, elision: boolean) => void;

/**
 * The one word scanner: runs of letters, digits and marks. A run is `glued` when one hyphen or
 * apostrophe separates it from the previous run, and an `elision` when it is in `ELISIONS`, is not
 * glued and an apostrophe joins it to the next run.
 */
function scanParts(text: string, visit: PartVisitor): void {
  let previousEnd = -2;
  let i = 0;
  while (i < text.length) {
    let length = wordCharLength(text, i);
    if (length === 0) {
      i++;
      continue;
    }
    const start = i;
    while (length > 0) {
      i += length;
      length = i < text.length ? wordCharLength(text, i) : 0;
    }
    const end = i;
    const glued = start === previousEnd + 1 && JOINERS.has(text[previousEnd]!);
    const beforeApostrophe = APOSTROPHES.has(text[end] ?? '') && end + 1 < text.length && wordCharLength(text, end + 1) > 0;
    previousEnd = end;
    visit(start, end, glued, !glued && beforeApostrophe && ELISIONS.has(foldWord(text.slice(start, end))));
  }
}

/**
 * Splits French text into words for search. Elisions (l’ d’ qu’ jusqu’…, with ’ or ') are dropped
 * from the word they precede; hyphenated words give their parts, each marked `joined` to the
 * previous one. Offsets point into the original string, so highlights keep accents and
 * apostrophes as written.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousKept = false;
  scanParts(text, (start, end, glued, elision) => {
    const word = text.slice(start, end);
    const norm = elision ? '' : foldWord(word);
    if (norm === '') {
      previousKept = false;
      return;
    }
    tokens.push(new WordToken(word, start, end, norm, glued && previousKept));
    previousKept = true;
  });
  return tokens;
}

/** A word as written with its hyphenated or apostrophe-joined parts kept together. */
export interface CompoundWord {
  /** As written: "Tel-Aviv", "aujourd’hui"; an elision keeps its apostrophe ("l’"). */
  text: string;
  start: number;
  end: number;
  /** An elided word ("l’", "jusqu’"): its own compound, joined to the next one without space. */
  elision: boolean;
}

/**
 * The same words as `tokenize`, for readers of names and places: parts joined by a hyphen or an
 * apostrophe stay one word ("Tel-Aviv"), and elisions are kept, as words of their own.
 */
export function tokenizeCompounds(text: string): CompoundWord[] {
  const words: CompoundWord[] = [];
  let current: CompoundWord | undefined;
  scanParts(text, (start, end, glued, elision) => {
    if (glued && current && !current.elision) {
      current.end = end;
      return;
    }
    const wordEnd = elision ? end + 1 : end;
    current = { text: '', start, end: wordEnd, elision };
    words.push(current);
  });
  for (const word of words) word.text = text.slice(word.start, word.end);
  return words;
}
