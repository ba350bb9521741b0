import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Beside `.next`, not inside: `next build` may clear its output folder. */
export const HASH_FILE = '.next-inputs.sha256';
const SERVER = path.join('.next', 'standalone', 'server.js');

/** A build is current when its server exists and it was made from the same inputs. */
export function isBuildCurrent(root: string, hash: string): boolean {
  const stored = path.join(root, HASH_FILE);
  if (!existsSync(path.join(root, SERVER)) || !existsSync(stored)) return false;
  return readFileSync(stored, 'utf8').trim() === hash;
}

export function recordBuild(root: string, hash: string): void {
  writeFileSync(path.join(root, HASH_FILE), `${hash}\n`);
}

export function forgetBuild(root: string): void {
  rmSync(path.join(root, HASH_FILE), { force: true });
}

/**
 * The standalone server serves `.next/static` and `public/` only from beside itself (the
 * Dockerfile copies them the same way).
 */
export function completeStandalone(root: string): void {
  const target = path.join(root, '.next', 'standalone');
  cpSync(path.join(root, '.next', 'static'), path.join(target, '.next', 'static'), { recursive: true });
  if (existsSync(path.join(root, 'public'))) cpSync(path.join(root, 'public'), path.join(target, 'public'), { recursive: true });
}

export function standaloneServer(root: string): string {
  return path.join(root, SERVER);
}

/** The launcher that runs the standalone server with one process per core (`WEB_CONCURRENCY`). */
export function clusterLauncher(root: string): string {
  return path.join(root, 'start', 'cluster.cjs');
}
