/**
 * Tagger construction time and tagging speed on a JSONL file of `{"text"}` paragraphs (gzip ok):
 * `npx tsx tools/tagger-speed/measure-speed.ts /work/shared/research/fr-docs-paragraphs.jsonl.gz [limit]`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createTagger } from '../../indexer/tag/index';

const ARTICLE_SIZE = 8;

function main(): void {
  const [file, limitArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: measure-speed.ts FILE.jsonl[.gz] [limit]');
  const raw = readFileSync(file);
  const lines = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter(Boolean);
  const texts = lines.slice(0, Number(limitArg ?? lines.length)).map((l) => (JSON.parse(l) as { text: string }).text);

  const t0 = performance.now();
  const tagger = createTagger();
  const built = performance.now() - t0;

  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  let persons = 0;
  let countries = 0;
  for (let i = 0; i < texts.length; i += ARTICLE_SIZE) {
    for (const tags of tagger.tagArticle(texts.slice(i, i + ARTICLE_SIZE))) {
      persons += tags.persons.length;
      countries += tags.countries.length;
    }
  }
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`tagger construction: ${built.toFixed(1)} ms`);
  console.log(`tagged ${texts.length} paragraphs (${(chars / texts.length).toFixed(0)} chars avg) in ${seconds.toFixed(2)} s: ` +
    `${Math.round(texts.length / seconds)} paragraphs/s, ${((seconds * 1e6) / texts.length).toFixed(1)} µs/paragraph`);
  // CPU time is what one core spends, whatever else the machine is doing.
  console.log(`CPU time: ${cpuSeconds.toFixed(2)} s: ${Math.round(texts.length / cpuSeconds)} paragraphs per CPU-second, ` +
    `${((cpuSeconds * 1e6) / texts.length).toFixed(1)} µs/paragraph`);
  console.log(`found ${persons} person and ${countries} country tags`);
}

main();
