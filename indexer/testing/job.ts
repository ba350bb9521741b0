import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createArticleProcessor } from '../process-article';
import { createCorpusReader } from '../reading/read-corpus';
import { runIndexer, type IndexStore } from '../push/run';
import type { IndexerEvent } from '../push/run-events';
import { createTagStage } from '../tag/tag-stage';
import type { Tagger } from '../tag/types';
import { makeTempDir, writeFiles } from './temp-dir';

/** Runs the real job (real reader, parser, chunker) on `corpusDir` with the given store and tagger. */
export async function runJob(
  corpusDir: string,
  deps: { store: IndexStore; tagger: Tagger; version?: string; full?: boolean; signal?: AbortSignal },
) {
  const events: IndexerEvent[] = [];
  const reader = createCorpusReader();
  const summary = await runIndexer(
    {
      reader,
      processArticle: createArticleProcessor({ reader, tag: createTagStage(deps.tagger) }),
      store: deps.store,
      pipelineVersion: deps.version ?? 'test-v1',
      onEvent: (e) => events.push(e),
      signal: deps.signal,
    },
    { corpusDir, full: deps.full ?? false },
  );
  const failures = events.flatMap((e) => (e.type === 'article-failed' ? [e] : []));
  return { summary, events, failures };
}

/** Three small articles in both formats. */
export const SAMPLE_CORPUS: Record<string, string> = {
  'maroc.txt': [
    ' date 2021-11 Le ministre Benny Gantz est à Rabat pour une visite au Maroc.',
    '',
    'Il a rencontré ses homologues marocains.',
    '',
    'Un accord signé',
    '',
    'Le protocole d’accord a été signé mercredi.',
  ].join('\n'),
  'alger.md': [
    '---',
    'title: Alger répond',
    'date: 2021-12-02',
    'source: Rédaction',
    'url: https://example.org/alger',
    '---',
    'Alger a réagi à la visite au Maroc.',
    '',
    '## Réactions',
    '',
    'Le ministère a publié un communiqué.',
  ].join('\n'),
  'tunis.txt': 'date 2022-01-15 Tunis accueille un sommet.\n\nLes délégations sont arrivées.',
};

export const STUB_NAMES = { persons: ['Benny Gantz'], countries: { Maroc: 'MA', Alger: 'DZ', Tunis: 'TN' } };

/** A temporary folder holding `corpus/` with the sample articles and the path of a `data/` store. */
export function makeSampleWorkspace(): { dir: string; corpus: string; data: string; cleanup: () => void } {
  const { dir, cleanup } = makeTempDir();
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  writeFiles(corpus, SAMPLE_CORPUS);
  return { dir, corpus, data: path.join(dir, 'data'), cleanup };
}
