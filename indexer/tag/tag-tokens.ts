import { foldText, tokenizeCompounds } from '../../search/index';

/** A word of a paragraph as the tagger reads it: the shared tokenizer's compound, with its context. */
export interface TagToken {
  /** The word as written (an elision keeps its apostrophe: "d’"). */
  text: string;
  /** `foldText(text)`, hyphens kept. */
  key: string;
  /** The key inside a phrase: hyphens count as spaces ("Tel-Aviv" = "Tel Aviv"). */
  phraseKey: string;
  /** Words in `phraseKey`. */
  words: number;
  /** First word of `phraseKey`: what gazetteer phrases are indexed by. */
  head: string;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** First word of a sentence, of a quotation or after a colon: its capital says nothing. */
  sentenceStart: boolean;
  /** Punctuation (other than spaces and hyphens) separates it from the previous token. */
  afterBreak: boolean;
  /** Joined to the next token without space (an elided article: "l’", "d’"). */
  elision: boolean;
  /** An abbreviation or an initial followed by its period ("M.", "Dr.", "J."). */
  abbreviated: boolean;
}

const HYPHEN = /[-‐‑]/;
const HYPHENS = /[-‐‑]/g;
const SPACES = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2009'].map((c) => c.charCodeAt(0)));
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':', '«', '“', '"'].map((c) => c.charCodeAt(0)));
const PERIOD = 46;
/** An initial ("John F. Kennedy"); not I, V or X, which end regnal names ("Mohammed V."). */
const INITIAL = /^(?![IVX]$)\p{Lu}$/u;
/** Abbreviations whose period does not end a sentence ("M. Saïed"). */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'gal', 'col', 'cdt', 'lt']);

/** The paragraph's words from the shared tokenizer, with what lies between them read for the tagger. */
export function readTagTokens(paragraph: string): TagToken[] {
  const tokens: TagToken[] = [];
  let previousEnd = 0;
  for (const word of tokenizeCompounds(paragraph)) {
    let afterBreak = tokens.length === 0;
    let sentenceStart = tokens.length === 0;
    const previous = tokens[tokens.length - 1];
    const abbreviation = !!previous && paragraph.charCodeAt(previousEnd) === PERIOD &&
      (ABBREVIATIONS.has(previous.key) || INITIAL.test(previous.text));
    if (abbreviation) previous.abbreviated = true;
    for (let k = previousEnd; k < word.start; k++) {
      const ch = paragraph.charCodeAt(k);
      if (SPACES.has(ch)) continue;
      if (ch === PERIOD && k === previousEnd && abbreviation) continue;
      afterBreak = true;
      if (SENTENCE_ENDS.has(ch)) sentenceStart = true;
    }
    tokens.push(makeToken(word.text, sentenceStart, afterBreak, word.elision));
    previousEnd = word.end;
  }
  return tokens;
}

function makeToken(text: string, sentenceStart: boolean, afterBreak: boolean, elision: boolean): TagToken {
  const key = foldText(text);
  const hyphenated = HYPHEN.test(key);
  const phraseKey = hyphenated ? key.replace(HYPHENS, ' ') : key;
  const parts = hyphenated ? phraseKey.split(' ') : undefined;
  const words = parts ? parts.length : 1;
  const head = text[0]!;
  const capitalized = head !== head.toLowerCase();
  return {
    text, key, phraseKey, words, head: parts ? parts[0]! : key, capitalized, sentenceStart, afterBreak, elision,
    abbreviated: false,
  };
}
