import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A second server, from the same build, on a store of the spec's own; bounded wait for it.
 * `next start` by default; with `cluster`, the standalone server as `npm start` runs it (one
 * process), `/api/search` answered by the bare handler or, with `bareSearch: false`, by Next.
 */
export async function startSecondServer(
  dataDir: string,
  cluster?: { bareSearch: boolean },
): Promise<{ baseURL: string; stop: () => void }> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PARAGRAPHE_DATA: dataDir, MEILI_URL: '', NEXT_TELEMETRY_DISABLED: '1' };
  const server: ChildProcess = cluster
    ? spawn(process.execPath, ['start/cluster.cjs', '.next/standalone/server.js'], {
        env: {
          ...env,
          HOSTNAME: '127.0.0.1',
          PORT: String(port),
          WEB_CONCURRENCY: '1',
          PARAGRAPHE_BARE_SEARCH: cluster.bareSearch ? '1' : '0',
        },
        stdio: 'ignore',
      })
    : spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], { env, stdio: 'ignore' });
  const stop = () => void server.kill('SIGTERM');
  for (let attempt = 0; attempt < 100; attempt++) {
    // Refused before any search, so the spec decides what the server's first search is.
    const ready = await fetch(`${baseURL}/api/search?page=0`).then(
      () => true,
      () => false,
    );
    if (ready) return { baseURL, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('the second server did not start');
}
