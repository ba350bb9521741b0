import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const IGNORED = /(?:^|[/\\])(?:node_modules|\.[^/\\]+)$|\.test\.tsx?$/;

/**
 * A hash of the files that decide what the indexer produces (its own code, the tagger's code
 * and data, the dependency lock). Part of every article fingerprint: changing the tagger
 * re-tags everything on the next incremental run. Missing paths are skipped.
 */
export function computePipelineVersion(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(listFiles)) {
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(target: string): string[] {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return [];
  }
  if (stats.isFile()) return [target];
  if (!stats.isDirectory()) return [];
  return readdirSync(target)
    .sort()
    .map((name) => path.join(target, name))
    .filter((child) => !IGNORED.test(child))
    .flatMap(listFiles);
}
