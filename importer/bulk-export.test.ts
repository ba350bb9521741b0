import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runImportCli } from './cli';
import { CAFE_PARAGRAPHS, GANTZ_PARAGRAPHS, TOUR_PARAGRAPHS } from './testing/fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const stderr = new PassThrough();
  const err: string[] = [];
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await runImportCli(args, { stdout: new PassThrough().resume(), stderr });
  return { code, stderr: err.join('') };
}

describe('JSON Lines and CSV exports', () => {
  it('imports a JSON Lines export through --map, one error line per bad record', async () => {
    const file = path.join(dir, 'export.jsonl');
    const records = [
      { headline: 'Gantz au Maroc', pubDate: '24/11/2021', body: GANTZ_PARAGRAPHS.join('\n\n'), link: 'https://www.exemple.fr/gantz?utm_campaign=x', site: 'Exemple' },
      { headline: 'Le Tour', pubDate: 'Sun, 18 Jul 2021 17:45:00 +0200', body: TOUR_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') },
      { headline: 'Sans date lisible', pubDate: 'hier', body: CAFE_PARAGRAPHS.join('\n\n') },
    ];
    writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n{not json\n`);
    const corpus = path.join(dir, 'jsonl');
    const result = await run([file, '--corpus', corpus, '--map', 'title=headline,date=pubDate,text=body,url=link,source=site']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: ${file}:3: date not understood: "hier"`);
    expect(result.stderr).toContain(`error: ${file}:4: not a JSON object`);
    const files = readdirSync(corpus).filter((f) => !f.startsWith('.'));
    expect(files).toHaveLength(2);
    const gantz = readFileSync(path.join(corpus, files.find((f) => f.startsWith('exemple-fr-gantz')) ?? ''), 'utf8');
    expect(gantz).toContain('date: 2021-11-24\nsource: Exemple\nurl: https://www.exemple.fr/gantz\n');
    expect(gantz.split('\n\n')).toHaveLength(4);
    const tour = files.find((f) => f.startsWith('le-tour-'));
    expect(readFileSync(path.join(corpus, tour ?? ''), 'utf8')).toContain('date: 2021-07-18\n');
  });

  it('imports a semicolon CSV with a mapping file, the same row twice being one file', async () => {
    const file = path.join(dir, 'export.csv');
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const row = [quote('Le café rouvre'), '2021-07-19', quote(CAFE_PARAGRAPHS.join('\n\n'))].join(';');
    writeFileSync(file, `titre;date_publication;texte\n${row}\n${row}\n`);
    const mapping = path.join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ title: 'titre', date: 'date_publication', text: 'texte' }));
    const corpus = path.join(dir, 'csv');
    expect((await run([file, '--corpus', corpus, '--map', mapping])).code).toBe(0);
    const files = readdirSync(corpus).filter((f) => !f.startsWith('.'));
    expect(files).toHaveLength(1);
    expect(readFileSync(path.join(corpus, files[0] ?? ''), 'utf8')).toContain('Jean-François Lavoie');
  });
});
