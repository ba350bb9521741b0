import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page of test fixtures: status, headers and body (a function to serve the current version). */
export interface Fixture {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Streams this many bytes without Content-Length (the huge page). */
  streamBytes?: number;
}

export interface FixtureServer {
  url: (path: string) => string;
  fixtures: Map<string, Fixture>;
  requests: Array<{ path: string; headers: IncomingHttpHeaders; at: number }>;
  close: () => Promise<void>;
}

/** An HTTP server on 127.0.0.1 serving fixtures; ETag and If-None-Match are honoured when set. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = new Map<string, Fixture>();
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers, at: Date.now() });
    const fixture = fixtures.get(path.split('?')[0] ?? path);
    if (!fixture) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = fixture.headers?.etag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(fixture.status ?? 200, fixture.headers ?? { 'content-type': 'text/html; charset=utf-8' });
    if (fixture.streamBytes !== undefined) {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < (fixture.streamBytes ?? 0)) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      res.on('close', () => (sent = Infinity));
      write();
      return;
    }
    res.end(fixture.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    fixtures,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
