/*
 * Batch sizes per Meilisearch's "import large datasets" guidance: one large payload beats many
 * small ones, 50k–100k documents per batch for big imports, under the 100 MB default payload
 * limit. Our documents carry the text twice (as written and stemmed), so the byte cap, kept at
 * half the server's default limit, is usually what closes a batch.
 */
export const MAX_BATCH_DOCUMENTS = 50_000;
export const MAX_BATCH_BYTES = 50 * 1024 * 1024;

/** Collects documents until one more would exceed either cap. */
export class DocumentBatch<T> {
  #items: T[] = [];
  #bytes = 2;

  constructor(
    private readonly maxDocuments = MAX_BATCH_DOCUMENTS,
    private readonly maxBytes = MAX_BATCH_BYTES,
  ) {}

  /** Whether adding these documents would overflow the batch (flush first). */
  wouldOverflow(docs: readonly T[]): boolean {
    if (this.#items.length === 0) return false;
    const bytes = docs.reduce((sum, doc) => sum + byteSize(doc), 0);
    return this.#items.length + docs.length > this.maxDocuments || this.#bytes + bytes > this.maxBytes;
  }

  add(docs: readonly T[]): void {
    for (const doc of docs) {
      this.#items.push(doc);
      this.#bytes += byteSize(doc);
    }
  }

  get size(): number {
    return this.#items.length;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** Hands over the collected documents and starts empty. */
  take(): T[] {
    const items = this.#items;
    this.#items = [];
    this.#bytes = 2;
    return items;
  }
}

function byteSize(doc: unknown): number {
  // +1 for the comma between array elements.
  return Buffer.byteLength(JSON.stringify(doc), 'utf8') + 1;
}
