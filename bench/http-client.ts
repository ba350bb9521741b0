import { Agent, get } from 'node:http';

/**
 * The bench's HTTP client: node:http over kept-alive connections, the body read as bytes and only
 * the engine's `took_ms` looked up in it. The client runs on the cores it measures, so it must
 * cost little: `fetch` (WHATWG streams and headers) and a full `JSON.parse` of every answer took
 * a large share of a core at 8 connections, which hid what a second server process adds.
 */
export interface BenchResponse {
  status: number;
  bytes: number;
  /** The `took_ms` of a 200 answer; NaN otherwise. */
  tookMs: number;
}

const TOOK_MS = /"took_ms":(\d+(?:\.\d+)?)/;

export class BenchHttpClient {
  private readonly agent = new Agent({ keepAlive: true });

  request(url: string): Promise<BenchResponse> {
    return new Promise((resolve, reject) => {
      const request = get(url, { agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const body = Buffer.concat(chunks);
          const took = status === 200 ? TOOK_MS.exec(body.toString('latin1')) : null;
          resolve({ status, bytes: body.length, tookMs: took ? Number(took[1]) : NaN });
        });
      });
      request.on('error', reject);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
