interface Entry {
  name: string;
  paragraph: number;
}

/**
 * Surnames of the full names an article gives. A surname alone resolves to the person named in
 * the same paragraph ("Mme Silva" is Marina Silva in the paragraph that names her, even if Lula da
 * Silva came first), else to the first one the article names: the press calls the main person by
 * the surname and relatives by their full names ("Duterte" is Rodrigo, not his daughter Sara).
 */
export class SurnameIndex {
  private readonly entries = new Map<string, Entry[]>();
  private readonly heads = new Set<string>();

  add(key: string, name: string, paragraph: number): void {
    const list = this.entries.get(key) ?? [];
    if (list.some((e) => e.name === name && e.paragraph === paragraph)) return;
    list.push({ name, paragraph });
    this.entries.set(key, list);
    const space = key.indexOf(' ');
    this.heads.add(space === -1 ? key : key.slice(0, space));
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether some surname starts with this word: most words need no further lookup. */
  mayStartWith(word: string): boolean {
    return this.heads.has(word);
  }

  resolve(key: string, paragraph: number): string | undefined {
    const list = this.entries.get(key);
    if (!list) return undefined;
    for (const entry of list) if (entry.paragraph === paragraph) return entry.name;
    return list[0]!.name;
  }
}
