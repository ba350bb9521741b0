import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders whose files go into the Next build (the app imports search/ and the tagger's names). */
const SOURCE_DIRS = ['app', 'search', 'indexer', 'public'];
/** Root files read by `next build`; any root-level .ts/.js/.json counts (a proxy, instrumentation). */
const ROOT_FILE_RE = /\.(?:[cm]?[jt]sx?|json)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.next', 'data', 'test-results', 'playwright-report']);

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Every file the build reads, relative to `root`, sorted. */
export function buildInputFiles(root: string): string[] {
  const rootFiles = readdirSync(root).filter((name) => ROOT_FILE_RE.test(name) && statSync(path.join(root, name)).isFile());
  const nested = SOURCE_DIRS.flatMap((dir) => listFiles(path.join(root, dir)).map((f) => path.relative(root, f)));
  return [...rootFiles, ...nested].map((f) => f.split(path.sep).join('/')).sort();
}

/**
 * SHA-256 over the build's inputs: each file's path and bytes, the Node version and the
 * `NEXT_PUBLIC_*` variables (inlined into the bundle at build time).
 */
export function buildInputsHash(root: string, env: Record<string, string | undefined>): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const [name, value] of Object.entries(env).filter(([n]) => n.startsWith('NEXT_PUBLIC_')).sort()) {
    hash.update(`env ${name}=${value ?? ''}\n`);
  }
  for (const file of buildInputFiles(root)) {
    hash.update(`file ${file}\n`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}
