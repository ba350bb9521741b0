import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, parseSearchArgs, UsageError } from './cli';
import { ALL_PARAGRAPHS, CONTRACT_ARTICLES, fixtureId, seedEngine } from './contract/index';
import { emptyFilters, FACETS, VALUE_FACETS } from './facets';
import { LIMITS } from './limits';
import { openSearchEngine } from './open-engine';
import { toSearchJson } from './search-json';

function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out = { stdout: '', stderr: '' };
  const io = {
    env,
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
  };
  return main(argv, io).then((code) => ({ code, ...out }));
}

/** Timings are the only part of two runs that may differ. */
const withoutTiming = (json: string) => json.replace(/"took_ms":[\d.]+/, '"took_ms":0');

describe('search CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-cli-'));
    const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: false });
    await seedEngine(engine, CONTRACT_ARTICLES);
    await engine.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints exactly the public JSON shape with --json', async () => {
    const { code, stdout } = await run(['armée', '--country', 'ma', '--date', '2021-03', '--data', dataDir, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['total', 'hits', 'facets', 'took_ms', 'relaxed', 'suggestion']);
    expect(json.total).toBe(1);
    expect(Object.keys(json.hits[0])).toEqual([
      'id', 'article', 'position', 'section', 'text', 'highlight', 'snippet', 'date', ...VALUE_FACETS.map((f) => f.name), 'url', 'title', 'source',
    ]);
    expect(json.hits[0]).toMatchObject({
      id: fixtureId('maroc-defense', 2),
      url: `/p/${fixtureId('maroc-defense', 2)}`,
      title: 'Coopération de défense',
      countries: ['ES', 'MA'],
    });
    expect(Object.keys(json.facets)).toEqual(FACETS.map((f) => f.name));
  });

  it('prints toSearchJson of the engine’s result for the same query, byte for byte', async () => {
    const { stdout } = await run(['Macron', '--person', 'Emmanuel Macron', '--page', '1', '--data', dataDir, '--json']);
    const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: true });
    const result = await engine.search({
      q: 'Macron',
      filters: { ...emptyFilters(), persons: ['Emmanuel Macron'] },
      page: 1,
      hitsPerPage: LIMITS.defaultHitsPerPage,
    });
    await engine.close();
    expect(result.total).toBe(2);
    expect(withoutTiming(stdout)).toBe(withoutTiming(`${JSON.stringify(toSearchJson(result))}\n`));
  });

  it('prints readable results with the matched words marked', async () => {
    const { stdout } = await run(['Biden', '--person', 'Emmanuel Macron', '--data', dataDir]);
    expect(stdout).toMatch(/^1 résultat /);
    expect(stdout).toContain('Le président [Biden] et Emmanuel Macron');
  });

  it('sorts and keeps a date range with --sort, --from and --to', async () => {
    const dates = async (argv: string[]) =>
      (JSON.parse((await run([...argv, '--data', dataDir, '--json'])).stdout) as { hits: { date: string }[] }).hits.map((h) => h.date);
    expect(await dates(['Macron', '--sort', 'ancien'])).toEqual(['2021-03-15', '2022-11-09']);
    expect(await dates(['Macron', '--sort', 'recent'])).toEqual(['2022-11-09', '2021-03-15']);
    expect(await dates(['', '--from', '2022-11', '--to', '2022'])).toEqual(['2022-11-09', '2022-11-09', '2022-11-09']);
  });

  it('says when it dropped words no paragraph holds', async () => {
    const { stdout } = await run(['Biden', 'Gantz', '--data', dataDir]);
    expect(stdout.split('\n')[1]).toBe('Aucun paragraphe ne contient tous les mots ; résultats pour « Biden ».');
    const { stdout: json } = await run(['Biden', 'Gantz', '--data', dataDir, '--json']);
    expect(JSON.parse(json).relaxed).toEqual({ dropped_words: ['Gantz'], effective_query: 'Biden' });
  });

  it('exits 2 naming the flag for a bad flag, a bad value or a limit', async () => {
    for (const [argv, pattern] of [
      [['x', '--date', '2021-13'], /--date/],
      [['x', '--country', 'FRA'], /--country/],
      [['x', '--page', '0'], /--page/],
      [['x', '--page', String(LIMITS.maxPage + 1)], /--page/],
      [['x', '--nope'], /nope/],
      [['x', '--sort', 'date'], /--sort/],
      [['x', '--from', '2021-13'], /--from/],
      [['x', '--tous', 'date'], /--tous/],
      [['x'.repeat(LIMITS.queryLength + 1)], /query/],
      [['x', ...Array.from({ length: LIMITS.filterValuesPerFacet + 1 }, () => ['--country', 'FR']).flat()], /--country/],
    ] as const) {
      const { code, stderr } = await run([...argv, '--data', dataDir]);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toMatch(pattern);
    }
  });

  it('exits 2 naming the variable for a bad environment', async () => {
    const { code, stderr } = await run(['x'], { MEILI_INDEX: 'a'.repeat(LIMITS.indexNameLength + 1), MEILI_URL: 'http://127.0.0.1:1', MEILI_SEARCH_KEY: 'k' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/MEILI_INDEX/);
  });

  it('exits 1 saying the index is missing when there is no store', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'paragraphe-cli-empty-'));
    try {
      const { code, stderr } = await run(['x', '--data', empty]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/IndexMissingError/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('collects repeated filters under their facet', () => {
    expect(parseSearchArgs(['a', 'b', '--person', 'X', '--person', 'Y', '--country', 'fr'])).toMatchObject({
      q: 'a b',
      filters: { persons: ['X', 'Y'], countries: ['FR'], date: [] },
      page: 1,
      json: false,
    });
    expect(() => parseSearchArgs(['x', '--nope'])).toThrow(UsageError);
  });

  it('keeps the paragraphs naming every person with --tous person, in search and export', async () => {
    const persons = ['Emmanuel Macron', 'Joe Biden'];
    const both = ALL_PARAGRAPHS.filter((p) => persons.every((n) => p.facets.persons.includes(n)));
    const either = ALL_PARAGRAPHS.filter((p) => persons.some((n) => p.facets.persons.includes(n)));
    expect(both.length).toBeLessThan(either.length);
    const flags = persons.flatMap((n) => ['--person', n]);
    expect(parseSearchArgs(['', ...flags, '--tous', 'person']).filters).toMatchObject({ persons, allOf: ['persons'] });
    const total = async (argv: string[]) => (JSON.parse((await run([...argv, '--json', '--data', dataDir])).stdout) as { total: number }).total;
    expect(await total(['', ...flags, '--tous', 'person'])).toBe(both.length);
    expect(await total(['', ...flags])).toBe(either.length);
    const jsonl = await run(['', ...flags, '--tous', 'person', '--export', 'jsonl', '--data', dataDir]);
    const exported = jsonl.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(exported.sort()).toEqual(both.map((p) => p.id).sort());
  });

  it('exports every hit of the query with --export, in the query\'s order', async () => {
    const csv = await run(['', '--country', 'MA', '--sort', 'ancien', '--export', 'csv', '--base-url', 'https://p.example', '--data', dataDir]);
    expect(csv.code).toBe(0);
    const expected = CONTRACT_ARTICLES.flatMap((a) => a.paragraphs.filter((p) => p.facets.countries.includes('MA')).map((p) => ({ p, date: a.meta.date })))
      .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.p.position - y.p.position));
    const lines = csv.stdout.replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines[0]).toBe('id,article,date,title,source,position,section,persons,countries,text,url');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(expected.map((e) => e.p.id)));
    expect(rows.map((r) => r[2])).toEqual(expected.map((e) => e.date));
    for (const row of rows) expect(row.at(-1)).toBe(`https://p.example/p/${row[0]}`);
    const jsonl = await run(['défense', '--export', 'jsonl', '--data', dataDir]);
    expect(jsonl.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string; url: string }).url)).toEqual([
      `http://localhost:3000/p/${fixtureId('maroc-defense', 1)}`,
    ]);
    expect((await run(['x', '--export', 'xlsx', '--data', dataDir])).code).toBe(2);
    expect((await run(['x', '--export', 'csv', '--base-url', 'javascript:alert(1)', '--data', dataDir])).code).toBe(2);
  });
});
