/**
 * `npm start`: index the corpus (incremental), build the app only when its inputs changed, and
 * serve the standalone build on 127.0.0.1 (`HOST` and `PORT` to change), one process per core
 * (`WEB_CONCURRENCY` to change). The server runs with
 * its own folder as working directory, so the data folder is passed as an absolute path.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { buildInputsHash } from './build-inputs';
import { clusterLauncher, completeStandalone, forgetBuild, isBuildCurrent, recordBuild, standaloneServer } from './standalone';

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin('tsx'), ['indexer/cli.ts']);

const hash = buildInputsHash(root, process.env);
if (isBuildCurrent(root, hash)) {
  console.error('[start] build is up to date: sources unchanged since the last build');
} else {
  forgetBuild(root);
  run(bin('next'), ['build']);
  completeStandalone(root);
  recordBuild(root, hash);
}

// `next start` read the project's .env files; the standalone server reads only its own folder,
// so they are read here, in Next's order of precedence, under the real environment.
const ENV_FILES = ['.env.production.local', '.env.local', '.env.production', '.env'];
const fromFiles = Object.assign(
  {},
  ...ENV_FILES.filter((f) => existsSync(path.join(root, f)))
    .reverse()
    .map((f) => parseEnv(readFileSync(path.join(root, f), 'utf8'))),
) as Record<string, string>;

const env = { ...fromFiles, ...process.env };
const host = env.HOST ?? '127.0.0.1';
const port = env.PORT ?? '3000';
// One process per core over the same read-only store (`WEB_CONCURRENCY` to change), each with the
// preload that answers 405 to the methods Next would fail on.
const server = spawn(process.execPath, [clusterLauncher(root), standaloneServer(root)], {
  stdio: 'inherit',
  env: {
    ...env,
    HOSTNAME: host,
    PORT: port,
    PARAGRAPHE_DATA: path.resolve(root, env.PARAGRAPHE_DATA ?? 'data'),
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
