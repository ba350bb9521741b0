import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BenchHttpClient } from './http-client';

describe('BenchHttpClient', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('reads the status, the size and the took_ms of an answer, over one kept-alive connection', async () => {
    const sockets = new Set<unknown>();
    const base = await serve((request, response) => {
      sockets.add(request.socket);
      const body = request.url === '/missing' ? '{"error":"x","took_ms":9}' : '{"hits":[],"took_ms":4.25,"page":1}';
      response.writeHead(request.url === '/missing' ? 404 : 200, { 'Content-Type': 'application/json' });
      response.end(body);
    });
    const client = new BenchHttpClient();
    const ok = await client.request(`${base}/api/search?q=a`);
    const missing = await client.request(`${base}/missing`);
    client.close();
    expect(ok).toEqual({ status: 200, bytes: 35, tookMs: 4.25 });
    expect(missing.status).toBe(404);
    expect(missing.tookMs).toBeNaN();
    expect(sockets.size).toBe(1);
  });

  it('rejects when nothing listens', async () => {
    const base = await serve(() => undefined);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const client = new BenchHttpClient();
    await expect(client.request(`${base}/`)).rejects.toThrow();
    client.close();
  });
});
