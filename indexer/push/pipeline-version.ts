import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What decides the paragraphs the indexer sends for a given file, relative to the repository root. */
export interface PipelineInputs {
  /** Source folders whose runtime `.ts` files count (tests and `testing/` helpers do not). */
  sourceFolders: readonly string[];
  /** Data folders whose every file counts. */
  dataFolders: readonly string[];
  /** Packages whose installed version (from `package-lock.json`) counts. */
  packages: readonly string[];
}

const PIPELINE_INPUTS: PipelineInputs = {
  // The tagger, paragraph ids and the engines' indexing all use the shared French analysis.
  sourceFolders: ['indexer', 'search/french'],
  dataFolders: ['indexer/tag/lexicon'],
  // Front matter (yaml, zod) and the French analysis's stop words (its stemmer is in search/french).
  packages: ['yaml', 'zod', 'stopword'],
};

const NOT_RUNTIME = /\.test\.tsx?$|(?:^|\/)testing\//;

/**
 * A hash of everything listed in `inputs`: part of every article fingerprint, so changing the
 * tagger's code or lexicon re-tags the corpus on the next incremental run, while tests, dev-set
 * annotations, tools and dev dependencies do not.
 */
export function computePipelineVersion(root: string, inputs: PipelineInputs = PIPELINE_INPUTS): string {
  const hash = createHash('sha256');
  for (const file of listPipelineFiles(root, inputs)) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  }
  for (const [name, version] of readPackageVersions(root, inputs.packages)) hash.update(`${name}@${version}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** The files `computePipelineVersion` hashes, relative to `root` with `/`, sorted. */
function listPipelineFiles(root: string, inputs: PipelineInputs = PIPELINE_INPUTS): string[] {
  const sources = inputs.sourceFolders
    .flatMap((folder) => listFiles(root, folder))
    .filter((file) => /\.tsx?$/.test(file) && !NOT_RUNTIME.test(file));
  const data = inputs.dataFolders.flatMap((folder) => listFiles(root, folder));
  return [...new Set([...sources, ...data])].sort();
}

function listFiles(root: string, relative: string): string[] {
  const stats = statSync(path.join(root, relative), { throwIfNoEntry: false });
  if (!stats?.isDirectory()) return stats?.isFile() ? [relative] : [];
  return readdirSync(path.join(root, relative))
    .filter((name) => !name.startsWith('.') && name !== 'node_modules')
    .flatMap((name) => listFiles(root, `${relative}/${name}`));
}

function readPackageVersions(root: string, names: readonly string[]): [string, string][] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, { version?: string }>;
  };
  return names.map((name) => [name, lock.packages?.[`node_modules/${name}`]?.version ?? 'absent']);
}
