import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BenchCorpusError, loadFrenchParagraphs, toBenchArticles } from './corpus';
import { VALUE_FACETS, type ValueFacetName } from '../search/index';

describe('bench corpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = [
    JSON.stringify({ src: 'a', text: 'Première phrase assez longue. Deuxième phrase assez longue aussi.' }),
    'not json',
    JSON.stringify({ src: 'b', text: 'Troisième phrase, encore une. Quatrième phrase pour finir ici.' }),
  ];

  it('reads real paragraphs first, skips bad lines, then recombines real sentences', async () => {
    const file = path.join(dir, 'c.jsonl.gz');
    writeFileSync(file, gzipSync(lines.join('\n')));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const texts = await loadFrenchParagraphs({ count: 10, path: file });
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining(':2: not a {"text": …} JSON line'));
    stderr.mockRestore();
    expect(texts).toHaveLength(10);
    expect(texts.slice(0, 2)).toEqual([JSON.parse(lines[0]!).text, JSON.parse(lines[2]!).text]);
    const sentences = ['Première phrase assez longue.', 'Deuxième phrase assez longue aussi.', 'Troisième phrase, encore une.', 'Quatrième phrase pour finir ici.'];
    for (const text of texts.slice(2)) {
      const parts = text.split(/(?<=\.)\s+/);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const part of parts) expect(sentences).toContain(part);
    }
    expect(await loadFrenchParagraphs({ count: 10, path: file })).toEqual(texts);
  });

  it('stops with a clear error on a missing file', async () => {
    await expect(loadFrenchParagraphs({ count: 1, path: path.join(dir, 'missing.jsonl') })).rejects.toBeInstanceOf(BenchCorpusError);
  });

  it('groups paragraphs into articles with sorted, unique synthetic facets', () => {
    const articles = toBenchArticles(Array.from({ length: 20 }, (_, i) => `texte ${i}`));
    expect(articles).toHaveLength(3);
    expect(articles.flatMap((a) => a.paragraphs)).toHaveLength(20);
    for (const a of articles) expect(a.meta.date).toMatch(/^20(1[5-9]|2[0-5])-\d{2}-\d{2}$/);
    for (const p of articles.flatMap((a) => a.paragraphs)) {
      for (const facet of VALUE_FACETS) {
        const values = p.facets[facet.name];
        expect(values).toEqual([...new Set(values)].sort());
      }
    }
    const used = (name: ValueFacetName) => new Set(articles.flatMap((a) => a.paragraphs.flatMap((p) => p.facets[name])));
    for (const facet of VALUE_FACETS) expect(used(facet.name).size, facet.name).toBeGreaterThan(0);
  });
});
