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

/** A second server, from the same build, on a store of the spec's own; bounded wait for it. */
export async function startSecondServer(dataDir: string): Promise<{ baseURL: string; stop: () => void }> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, PARAGRAPHE_DATA: dataDir, MEILI_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const stop = () => void server.kill('SIGTERM');
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await fetch(`${baseURL}/api/search`).then(
      () => true,
      () => false,
    );
    if (ready) return { baseURL, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('the second server did not start');
}
