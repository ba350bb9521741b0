import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchArgs, runSearchCli, UsageError } from './cli';
import { CONTRACT_ARTICLES, fixtureId, seedEngine } from './contract/index';
import { openEmbeddedEngine } from './embedded/index';

function capture() {
  let text = '';
  return { write: (s: string) => (text += s), get text() { return text; } };
}

describe('search CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-cli-'));
    const engine = await openEmbeddedEngine({ dataDir, readonly: false });
    await seedEngine(engine, CONTRACT_ARTICLES);
    await engine.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints exactly the API JSON shape with --json', async () => {
    const out = capture();
    const code = await runSearchCli(['armée', '--country', 'ma', '--date', '2021-03', '--data', dataDir, '--json'], {}, out);
    expect(code).toBe(0);
    const json = JSON.parse(out.text);
    expect(Object.keys(json)).toEqual(['total', 'hits', 'facets', 'took_ms']);
    expect(json.total).toBe(1);
    expect(Object.keys(json.hits[0])).toEqual([
      'id', 'article', 'position', 'section', 'text', 'highlight', 'date', 'persons', 'countries', 'url',
    ]);
    expect(json.hits[0].id).toBe(fixtureId('maroc-defense', 2));
    expect(json.hits[0].url).toBe(`/p/${fixtureId('maroc-defense', 2)}`);
    expect(Object.keys(json.facets)).toEqual(['persons', 'countries', 'date']);
  });

  it('prints readable results with the matched words marked', async () => {
    const out = capture();
    await runSearchCli(['Biden', '--person', 'Emmanuel Macron', '--data', dataDir], {}, out);
    expect(out.text).toMatch(/^1 résultat /);
    expect(out.text).toContain('Le président [Biden] et Emmanuel Macron');
  });

  it('rejects bad flags naming them', () => {
    expect(() => parseSearchArgs(['x', '--date', '2021-13'])).toThrow(UsageError);
    expect(() => parseSearchArgs(['x', '--country', 'FRA'])).toThrow(/--country/);
    expect(() => parseSearchArgs(['x', '--page', '0'])).toThrow(/--page/);
    expect(() => parseSearchArgs(['x', '--nope'])).toThrow(UsageError);
  });

  it('collects repeated filters', () => {
    expect(parseSearchArgs(['a', 'b', '--person', 'X', '--person', 'Y', '--country', 'fr'])).toMatchObject({
      q: 'a b',
      persons: ['X', 'Y'],
      countries: ['FR'],
      page: 1,
      json: false,
    });
  });
});
