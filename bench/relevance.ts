/**
 * Relevance on the benchmark corpus: a known-item evaluation (2–3 distinctive words of a
 * paragraph, in four variants, must find that paragraph in the top 10) and a broad one-word
 * check (are the top 10 the paragraphs that use the word most, for their length?).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyFilters, foldText, isStopWord, openSearchEngine, tokenize, type SearchEngine, type SearchHit, type SearchQuery } from '../search/index';
import { createRandom, loadFrenchParagraphs, toBenchArticles } from './corpus';
import { WordPostings } from './known-items';

export const RELEVANCE_VARIANTS = ['exact', 'accents', 'number', 'typo'] as const;
export type RelevanceVariant = (typeof RELEVANCE_VARIANTS)[number];

export interface RelevanceBenchOptions {
  count: number;
  corpusPath?: string;
  /** Known items (paragraphs whose query words describe them alone) drawn, ≥ 400 for the figures. */
  items?: number;
  /** Seed of the known-item draw: tune on one seed, report another (the default is the reported one). */
  seed?: number;
  log?: (line: string) => void;
  /** Logs every known item not ranked first: the query, its rank and the paragraphs above it. */
  showMisses?: boolean;
}

type VariantFigures = Record<RelevanceVariant, { n: number; recallAt10: number; mrrAt10: number }>;

export interface RelevanceBenchResult {
  count: number;
  items: number;
  /** Items whose query words, as written, are in no other paragraph: the figures the target applies to. */
  perVariant: VariantFigures;
  /** Every item drawn, those sharing their query words with a near-duplicate included (for comparison with earlier runs). */
  allDrawn: { items: number; perVariant: VariantFigures };
  /** Broad one-word queries: mean occurrences per 100 words in the top 10, by relevance and newest first. */
  broad: { queries: number; densityByRelevance: number; densityNewestFirst: number };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Content words of a paragraph as written, with their folded form. */
function contentWords(text: string): { text: string; norm: string }[] {
  return tokenize(text).filter((t) => t.norm.length >= 4 && !isStopWord(t.norm) && /^\p{L}+$/u.test(t.norm));
}

function typo(word: string, random: () => number): string {
  const chars = [...word];
  const i = 1 + Math.floor(random() * (chars.length - 3));
  [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  return chars.join('');
}

/** The word in the other number: plural ↔ singular, as a user might type it. */
function otherNumber(word: string): string {
  return /[sx]$/.test(word) ? word.slice(0, -1) : `${word}s`;
}

function makeVariant(words: string[], variant: RelevanceVariant, random: () => number): string {
  const changed = [...words];
  const at = Math.floor(random() * words.length);
  if (variant === 'accents') return `${words.map((w) => foldText(w)).join(' ')} `;
  if (variant === 'number') changed[at] = otherNumber(words[at]!);
  if (variant === 'typo') {
    const long = words.findIndex((w) => [...w].length >= 6);
    if (long !== -1) changed[long] = typo(words[long]!, random);
  }
  return `${changed.join(' ')} `;
}

const query = (q: string, overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  filters: emptyFilters(),
  page: 1,
  hitsPerPage: 10,
  ...overrides,
});

async function broadCheck(engine: SearchEngine, documentFrequency: Map<string, number>, random: () => number) {
  const candidates = [...documentFrequency].filter(([w, df]) => df >= 200 && df <= 5000 && w.length >= 5 && !isStopWord(w));
  const density = (text: string, word: string) => {
    const tokens = tokenize(text);
    return (100 * tokens.filter((t) => t.norm === word).length) / Math.max(1, tokens.length);
  };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const byRelevance: number[] = [];
  const newestFirst: number[] = [];
  const queries = Math.min(30, candidates.length);
  for (let i = 0; i < queries; i++) {
    const [word] = candidates[Math.floor(random() * candidates.length)]!;
    for (const [sort, out] of [['pertinence', byRelevance], ['recent', newestFirst]] as const) {
      const result = await engine.search(query(`${word} `, { sort }));
      out.push(mean(result.hits.map((h) => density(h.text, word))));
    }
  }
  return { queries, densityByRelevance: round(mean(byRelevance)), densityNewestFirst: round(mean(newestFirst)) };
}

function logMiss(log: (line: string) => void, variant: string, q: string, target: { id: string; text: string }, rank: number, hits: readonly SearchHit[]): void {
  const short = (text: string) => text.replace(/\s+/g, ' ').slice(0, 160);
  log(`miss [${variant}] ${JSON.stringify(q.trim())}: rank ${rank === -1 ? '>10' : rank + 1} of ${hits.length}`);
  log(`  target ${target.id}: ${short(target.text)}`);
  // "=": the paragraph above holds every query word as typed (folded), so it ties with the target.
  const asked = tokenize(q).map((t) => t.norm);
  for (const hit of hits.slice(0, rank === -1 ? 3 : rank)) {
    const words = new Set(tokenize(hit.text).map((t) => t.norm));
    log(`  above${asked.every((w) => words.has(w)) ? '=' : ' '} ${short(hit.text)}`);
  }
}

type RankSums = Record<RelevanceVariant, { n: number; found: number; reciprocal: number }>;

const newSums = (): RankSums =>
  Object.fromEntries(RELEVANCE_VARIANTS.map((v) => [v, { n: 0, found: 0, reciprocal: 0 }])) as RankSums;

function addRank(sum: RankSums[RelevanceVariant], rank: number): void {
  sum.n++;
  if (rank === -1) return;
  sum.found++;
  sum.reciprocal += 1 / (rank + 1);
}

function toFigures(sums: RankSums): VariantFigures {
  return Object.fromEntries(
    RELEVANCE_VARIANTS.map((v) => {
      const { n, found, reciprocal } = sums[v];
      return [v, { n, recallAt10: round(found / n), mrrAt10: round(reciprocal / n) }];
    }),
  ) as VariantFigures;
}

/** Builds an embedded index of `count` paragraphs and measures relevance on it. */
export async function runRelevanceBench(options: RelevanceBenchOptions): Promise<RelevanceBenchResult> {
  const log = options.log ?? (() => undefined);
  const random = createRandom(options.seed ?? 2024);
  const texts = await loadFrenchParagraphs({ count: options.count, path: options.corpusPath });
  const articles = toBenchArticles(texts);
  const documentFrequency = new Map<string, number>();
  for (const text of texts) for (const norm of new Set(tokenize(text).map((t) => t.norm))) documentFrequency.set(norm, (documentFrequency.get(norm) ?? 0) + 1);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-bench-relevance-'));
  const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: false });
  try {
    const writer = await engine.beginWrite({ replaceAll: true });
    for (const article of articles) await writer.putArticle(article);
    await writer.commit();
    log(`relevance bench: ${texts.length} paragraphs indexed`);
    const paragraphs = articles.flatMap((a) => a.paragraphs);
    const items = options.items ?? 400;
    const postings = new WordPostings(texts.map((t) => tokenize(t).map((w) => w.norm)));
    const distinctive = newSums();
    const everyDrawn = newSums();
    let drawn = 0;
    while (distinctive.exact.n < items) {
      const index = Math.floor(random() * paragraphs.length);
      const target = paragraphs[index]!;
      const words = [...new Map(contentWords(target.text).map((w) => [w.norm, w])).values()];
      if (words.length < 4) continue;
      // Distinctive: the rarest words of the paragraph, in text order.
      const rarest = words.sort((a, b) => documentFrequency.get(a.norm)! - documentFrequency.get(b.norm)!).slice(0, 2 + Math.floor(random() * 2));
      const picked = rarest.map((w) => w.text);
      const describesItAlone = postings.isOnlyHolder(rarest.map((w) => w.norm), index);
      drawn++;
      for (const variant of RELEVANCE_VARIANTS) {
        const q = makeVariant(picked, variant, random);
        const result = await engine.search(query(q));
        const rank = result.hits.findIndex((h) => h.id === target.id);
        if (options.showMisses && describesItAlone && rank !== 0) logMiss(log, variant, q, target, rank, result.hits);
        addRank(everyDrawn[variant], rank);
        if (describesItAlone) addRank(distinctive[variant], rank);
      }
    }
    const broad = await broadCheck(engine, documentFrequency, random);
    return { count: texts.length, items, perVariant: toFigures(distinctive), allDrawn: { items: drawn, perVariant: toFigures(everyDrawn) }, broad };
  } finally {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatRelevanceBench(r: RelevanceBenchResult): string {
  return [
    `Known items: ${r.items} paragraphs of ${r.count.toLocaleString('en')} (fixed seed), 2–3 of their rarest words each, in no other paragraph together; target MRR@10 ≥ 0.90`,
    `(every drawn item: ${r.allDrawn.items}, near-duplicates sharing the query words included)`,
    '',
    '| variant | n | recall@10 | MRR@10 | every drawn item: recall@10 | MRR@10 |',
    '|---|---|---|---|---|---|',
    ...RELEVANCE_VARIANTS.map((v) => {
      const [own, all] = [r.perVariant[v], r.allDrawn.perVariant[v]];
      return `| ${v} | ${own.n} | ${own.recallAt10} | ${own.mrrAt10} | ${all.recallAt10} | ${all.mrrAt10} |`;
    }),
    '',
    `Broad one-word queries (${r.broad.queries}): occurrences per 100 words in the top 10, by relevance ${r.broad.densityByRelevance}, newest first ${r.broad.densityNewestFirst}`,
  ].join('\n');
}
