'use strict';
/**
 * `node start/cluster.cjs <server.js>`: serves Next's standalone server with several processes on
 * one port (node:cluster hands connections to the workers in turn), so every core serves. Each
 * worker opens the store read-only on its own and follows commits as a single process does.
 * `WEB_CONCURRENCY` sets the number of processes (default: the cores available). A worker that
 * dies is replaced, unless workers keep dying at start (then the server stops: a bad build or
 * configuration would otherwise loop forever). SIGTERM/SIGINT stop every worker. Each worker
 * answers `GET /api/search` with a bare `node:http` handler (`bare-search.cjs`), the rest with Next.
 */
const cluster = require('node:cluster');
const os = require('node:os');
const path = require('node:path');

const MAX_WORKERS = 64;
/** A worker that lived less than this is counted as failing at start. */
const EARLY_EXIT_MS = 5_000;
const MAX_EARLY_EXITS = 5;
/** Node flags of every worker (bench/engine.ts READER_NODE_FLAGS measures the same). */
const WORKER_NODE_FLAGS = ['--max-semi-space-size=2'];

function workerCount(value) {
  if (value === undefined || value === '') return Math.max(1, os.availableParallelism());
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
    console.error(`[cluster] WEB_CONCURRENCY must be a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return count;
}

function runPrimary() {
  const server = process.argv[2];
  if (!server) {
    console.error('[cluster] usage: node start/cluster.cjs <path to server.js>');
    process.exit(2);
  }
  const count = workerCount(process.env.WEB_CONCURRENCY);
  // V8's young generation grows to 32 MB per process under a steady query load; capped at 2 MB
  // semi-spaces a reader holds ~25 MB less at 100k paragraphs for the same CPU per query (measured
  // by `npm run bench -- --only engine`, whose reader runs with the same flag).
  cluster.setupPrimary({ exec: __filename, args: [path.resolve(server)], execArgv: [...process.execArgv, ...WORKER_NODE_FLAGS] });
  const startedAt = new Map();
  let earlyExits = 0;
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (lived < EARLY_EXIT_MS && ++earlyExits >= MAX_EARLY_EXITS) {
      console.error(`[cluster] workers keep exiting at start (last: ${signal ?? `code ${code}`}); stopping`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    console.error(`[cluster] worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
    fork();
  });
  for (const name of ['SIGINT', 'SIGTERM']) {
    process.on(name, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const worker of workers) worker?.kill('SIGTERM');
    });
  }
  console.error(`[cluster] serving with ${count} process${count > 1 ? 'es' : ''}`);
  for (let i = 0; i < count; i++) fork();
}

if (cluster.isPrimary) {
  runPrimary();
} else {
  require('./method-guard.cjs');
  // `PARAGRAPHE_BARE_SEARCH=0` leaves `/api/search` to Next (to compare the two).
  if (process.env.PARAGRAPHE_BARE_SEARCH !== '0') require('./bare-search.cjs');
  require(process.argv[2]);
}
