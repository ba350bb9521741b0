import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportFileName, exportLines, type ExportFormat } from './export';
import type { StreamedHit } from './types';

function hit(id: string, text: string, overrides: Partial<StreamedHit> = {}): StreamedHit {
  return {
    id,
    article: 'art',
    position: 2,
    section: null,
    text,
    date: '2023-01-20',
    facets: { persons: ['Émile Zola', 'Joe Biden'], countries: ['FR'] },
    title: 'Élection à Tanger',
    source: 'Le Quotidien',
    ...overrides,
  };
}

async function* fromArray(hits: StreamedHit[]): AsyncIterable<StreamedHit> {
  yield* hits;
}

async function exported(hits: StreamedHit[], format: ExportFormat): Promise<string> {
  let out = '';
  for await (const line of exportLines(fromArray(hits), format, 'https://paragraphe.example')) out += line;
  return out;
}

describe('export', () => {
  it('writes a CSV with a BOM, a header and one row per paragraph, French text intact', async () => {
    const hits = [hit('a-1', 'L’été « brûlant », dit-il ;\n"cité" ensuite.'), hit('a-2', 'Œuvre, ça\tva')];
    const csv = await exported(hits, 'csv');
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((r) => r.text)).toEqual(hits.map((h) => h.text));
    expect(rows[0]).toMatchObject({
      id: 'a-1',
      title: 'Élection à Tanger',
      persons: 'Émile Zola; Joe Biden',
      countries: 'FR',
      position: '2',
      section: '',
      url: 'https://paragraphe.example/p/a-1',
    });
  });

  it('defuses cells that spreadsheet software would run as formulas', async () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'];
    const csv = await exported(
      hostile.map((text, i) => hit(`h-${i}`, text, { title: text, section: text, source: text })),
      'csv',
    );
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    for (const [i, text] of hostile.entries()) {
      for (const column of ['text', 'title', 'section', 'source']) expect(rows[i]![column]).toBe(`'${text}`);
    }
    expect(rows).toHaveLength(hostile.length);
    // No cell, quoted or not, opens with a formula character once the CSV quoting is removed.
    expect(rows.flatMap((r) => Object.values(r)).filter((cell) => /^[=+@\t\r-]/.test(cell))).toEqual([]);
  });

  it('writes JSON Lines, one record per paragraph with lists as arrays', async () => {
    const lines = (await exported([hit('a-1', '=1 « guillemets »'), hit('a-2', 'deux')], 'jsonl')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ id: 'a-1', text: '=1 « guillemets »', persons: ['Émile Zola', 'Joe Biden'], url: 'https://paragraphe.example/p/a-1' });
  });

  it('names the file after the query and the day, in plain ASCII', () => {
    const day = new Date('2026-11-29T20:00:00Z');
    expect(exportFileName('Défense du Maroc', 'csv', day)).toBe('paragraphe-defense-du-maroc-2026-11-29.csv');
    expect(exportFileName('', 'jsonl', day)).toBe('paragraphe-tout-2026-11-29.jsonl');
    expect(exportFileName('"../../etc/passwd"\r\nX: y', 'csv', day)).toBe('paragraphe-etc-passwd-x-y-2026-11-29.csv');
  });
});
