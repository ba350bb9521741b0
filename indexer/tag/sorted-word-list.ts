/**
 * Membership test over a sorted, newline-separated word list kept as one string: loading costs a
 * file read instead of building a Set of hundreds of thousands of strings.
 */
const MEMO_LIMIT = 50_000;

export class SortedWordList {
  /** Names and words recur from paragraph to paragraph: remember the answers, within bounds. */
  private readonly memo = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    const found = this.search(word);
    this.memo.set(word, found);
    return found;
  }

  private search(word: string): boolean {
    const { text } = this;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const line = text.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}
