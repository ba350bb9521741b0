/**
 * Which paragraphs hold a set of folded words: the relevance bench keeps a known item only when
 * its query words, as written, describe it alone. A query whose words are all in a second
 * paragraph too (Debian's repeated paragraphs, the bench's filler recombined from real sentences)
 * has two right answers, and which comes first is a coin toss, not ranking.
 */
export class WordPostings {
  private readonly postings = new Map<string, number[]>();

  /** `words` of each paragraph, folded, in paragraph order (duplicates allowed). */
  constructor(paragraphWords: Iterable<readonly string[]>) {
    let index = 0;
    for (const words of paragraphWords) {
      for (const norm of new Set(words)) {
        const list = this.postings.get(norm);
        if (list) list.push(index);
        else this.postings.set(norm, [index]);
      }
      index++;
    }
  }

  /** How many paragraphs hold the word. */
  frequency(norm: string): number {
    return this.postings.get(norm)?.length ?? 0;
  }

  /** The paragraphs (by index) holding every one of the words. */
  holdingAll(norms: readonly string[]): number[] {
    if (norms.length === 0) return [];
    const lists = norms.map((n) => this.postings.get(n) ?? []).sort((a, b) => a.length - b.length);
    const others = lists.slice(1).map((l) => new Set(l));
    return lists[0]!.filter((p) => others.every((s) => s.has(p)));
  }

  /** Whether paragraph `index` is the only one holding every one of the words. */
  isOnlyHolder(norms: readonly string[], index: number): boolean {
    const holders = this.holdingAll(norms);
    return holders.length === 1 && holders[0] === index;
  }
}
