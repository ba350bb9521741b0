import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import { VALUE_FACETS, type IndexedArticle, type ParagraphFacets, type ParagraphInput, type ValueFacetName } from '../search/index';

/** The shared French benchmark corpus (84,371 paragraphs of Debian's French documentation). */
export const DEFAULT_CORPUS_PATH = path.resolve(
  import.meta.dirname,
  '../../shared/research/fr-docs-paragraphs.jsonl.gz',
);
const PARAGRAPHS_PER_ARTICLE = 8;

const lineSchema = z.object({ text: z.string().min(1) });

export class BenchCorpusError extends Error {
  override name = 'BenchCorpusError';
}

/** Deterministic PRNG (mulberry32): the same seed gives the same corpus and queries. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function readTexts(file: string, limit: number): Promise<string[]> {
  if (!existsSync(file)) throw new BenchCorpusError(`corpus not found: ${file}`);
  const input = createReadStream(file);
  const lines = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const texts: string[] = [];
  let lineNumber = 0;
  let skipped = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      texts.push(lineSchema.parse(JSON.parse(line)).text);
    } catch {
      skipped++;
      if (skipped <= 5) process.stderr.write(`${file}:${lineNumber}: not a {"text": …} JSON line, skipped\n`);
    }
    if (texts.length >= limit) break;
  }
  lines.close();
  input.destroy();
  return texts;
}

/** A paragraph's sentences of 20+ characters: what the filler paragraphs are recombined from. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/u).filter((s) => s.length >= 20);
}

/**
 * `count` French paragraphs from a JSON-lines file (`{"text": …}` per line, gzip or not): the real
 * paragraphs first, then, past the end of the file, paragraphs recombined from 2–4 real sentences.
 */
export async function loadFrenchParagraphs(options: { count: number; path?: string; seed?: number }): Promise<string[]> {
  const texts = await readTexts(options.path ?? DEFAULT_CORPUS_PATH, options.count);
  if (texts.length === 0) throw new BenchCorpusError(`no paragraph in ${options.path ?? DEFAULT_CORPUS_PATH}`);
  if (texts.length >= options.count) return texts;
  const sentences = texts.flatMap(sentencesOf);
  const random = createRandom(options.seed ?? 1);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  while (texts.length < options.count) {
    const n = 2 + Math.floor(random() * 3);
    texts.push(Array.from({ length: n }, pick).join(' '));
  }
  return texts;
}

const FIRST_NAMES = ['Marie', 'Jean', 'Ahmed', 'Sophie', 'Karim', 'Claire', 'Luc', 'Fatima', 'Pierre', 'Nadia', 'Joe', 'Emmanuel', 'Olaf', 'Giorgia', 'Pedro', 'Leila', 'Yves', 'Anne', 'Omar', 'Julie'];
const LAST_NAMES = ['Martin', 'Bernard', 'Benali', 'Dubois', 'Haddad', 'Moreau', 'Biden', 'Macron', 'Scholz', 'Meloni', 'Sánchez', 'Laurent', 'Lefèvre', 'Mansouri', 'Girard', 'Roux'];
const COUNTRIES = ['FR', 'MA', 'DZ', 'TN', 'US', 'DE', 'ES', 'IT', 'GB', 'BE', 'CH', 'CA', 'SN', 'CI', 'UA', 'RU', 'CN', 'JP', 'BR', 'EG', 'IL', 'PS', 'LB', 'SY', 'IR', 'TR', 'IN', 'ML', 'NE', 'CM'];

/** Skewed pick: low indexes are much more frequent, as with real facet values. */
function pickSkewed<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(values.length * random() ** 2.5)]!;
}

function pickSome<T>(values: readonly T[], random: () => number, max: number): T[] {
  const n = Math.floor(random() * (max + 1));
  return [...new Set(Array.from({ length: n }, () => pickSkewed(values, random)))].sort();
}

/**
 * Groups paragraphs into articles of 8 with synthetic facets: a date per article (2015–2025),
 * 0–3 values of each values facet per paragraph, skewed so some values are frequent.
 */
export function toBenchArticles(texts: readonly string[], seed = 7): IndexedArticle[] {
  const random = createRandom(seed);
  const pools: Record<ValueFacetName, readonly string[]> = {
    persons: FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => `${f} ${l}`)),
    countries: COUNTRIES,
  };
  const articles: IndexedArticle[] = [];
  for (let start = 0; start < texts.length; start += PARAGRAPHS_PER_ARTICLE) {
    const id = `bench-${articles.length}`;
    const year = 2015 + Math.floor(random() * 11);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const date = `${year}-${month}-${day}`;
    const paragraphs: ParagraphInput[] = texts.slice(start, start + PARAGRAPHS_PER_ARTICLE).map((text, i) => ({
      id: `${id}-${i + 1}`,
      position: i + 1,
      section: i >= 4 ? 'Suite' : null,
      text,
      facets: Object.fromEntries(VALUE_FACETS.map((f) => [f.name, pickSome(pools[f.name], random, 3)])) as ParagraphFacets,
    }));
    const meta = { title: `Article ${articles.length}`, date, source: null, sourceUrl: null };
    articles.push({ id, fingerprint: `fp-${id}`, meta, paragraphs });
  }
  return articles;
}
