import { isStopWord, parseQuery, type QueryWord } from '../../search/index';

/** Which lane of `SearchAdmission` a search takes. */
export type QueryCost = 'cheap' | 'expensive';

/** A required part this short matches a large share of any French corpus, like a stop word. */
const SHORT_PART_LENGTH = 2;
/** A prefix this short expands to thousands of vocabulary words. */
const SHORT_PREFIX_LENGTH = 3;
/** Required parts past this many make a long phrase or intersection. */
const MANY_PARTS = 6;

const length = (norm: string) => [...norm].length;

/** Stop words, one- or two-letter parts and numbers: each reads a doclist of most paragraphs. */
function isFrequentPart(norm: string): boolean {
  return isStopWord(norm) || length(norm) <= SHORT_PART_LENGTH || /^\p{Nd}+$/u.test(norm);
}

function isShortPrefix(word: QueryWord): boolean {
  return word.prefix && length(word.parts.at(-1)!.norm) <= SHORT_PREFIX_LENGTH;
}

/**
 * The cost of a query predicted from its parsed shape, before it runs: what the engine must read
 * grows with frequent parts it must match (a query of stop words only ranks nearly every
 * paragraph), short prefixes (many words to expand) and long chains of parts. Ordinary searches,
 * a few words of a name or a topic, are cheap; the hostile shapes (`de-de-de…`, `a-a-…-co`,
 * `pr co de re…`) are not, even when their result is cached, since a new spelling misses it.
 */
export function predictQueryCost(q: string): QueryCost {
  const { words, excluded } = parseQuery(q);
  const required = words.filter((w) => !w.optional);
  const parts = [...required, ...excluded].flatMap((w) => w.parts);
  if (parts.length === 0) return 'cheap';
  if (parts.length >= MANY_PARTS) return 'expensive';
  if (required.some(isShortPrefix)) return 'expensive';
  const frequent = parts.filter((p) => isFrequentPart(p.norm)).length;
  // One frequent part beside a rarer one is cheap ("Le Pen", "la Seine"): the rare one bounds the match.
  return frequent === parts.length || frequent >= 3 ? 'expensive' : 'cheap';
}
