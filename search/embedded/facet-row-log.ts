import type { FacetChanges, FacetRow } from './facet-cache';

/**
 * The facet rows a full rebuild writes, kept in arrival order in flat arrays (a few numbers and
 * shared strings per row, not an object each), turned into the changes that build the cache
 * from nothing at the commit.
 */
export class FacetRowLog {
  private readonly rowids: number[] = [];
  /** Index of the entry's row in the arrays below, or -1 for a deletion. */
  private readonly entries: number[] = [];
  private readonly dates: string[] = [];
  private readonly wordCounts: number[] = [];
  /** Per value facet, every row's values one after another, and each row's count. */
  private readonly values: string[][] = [];
  private readonly counts: number[][] = [];

  write(rowid: number, row: FacetRow): void {
    this.rowids.push(rowid);
    this.entries.push(this.dates.length);
    this.dates.push(row.date);
    this.wordCounts.push(row.wordCount);
    row.lists.forEach((list, k) => {
      (this.values[k] ??= []).push(...list);
      (this.counts[k] ??= []).push(list.length);
    });
  }

  delete(rowid: number): void {
    this.rowids.push(rowid);
    this.entries.push(-1);
  }

  /** Each rowid once, ascending, with its last entry (a row written, or gone). */
  changes(): FacetChanges {
    const order = Int32Array.from(this.rowids.keys());
    const ascending = this.rowids.every((r, i) => i === 0 || this.rowids[i - 1]! < r);
    // Stable: of the entries of one rowid, the last one stays last.
    if (!ascending) order.sort((a, b) => this.rowids[a]! - this.rowids[b]! || a - b);
    const last = order.filter((e, i) => i + 1 === order.length || this.rowids[order[i + 1]!] !== this.rowids[e]);
    const starts = this.counts.map((counts) => {
      const start = new Uint32Array(counts.length + 1);
      counts.forEach((n, i) => (start[i + 1] = start[i]! + n));
      return start;
    });
    return {
      rowids: Int32Array.from(last, (e) => this.rowids[e]!),
      row: (i) => {
        const at = this.entries[last[i]!]!;
        if (at === -1) return undefined;
        return {
          date: this.dates[at]!,
          wordCount: this.wordCounts[at]!,
          lists: this.values.map((values, k) => values.slice(starts[k]![at], starts[k]![at + 1])),
        };
      },
    };
  }
}
