import { setTimeout as sleep } from 'node:timers/promises';
import { parseHttpUrl } from './canonical-url';
import { FetchError, HttpStatusError, RedirectError, TooLargeError } from './errors';

export interface HttpClientOptions {
  userAgent: string;
  /** Per request (each redirect hop), headers and body included. */
  timeoutMs: number;
  /** Bodies above this are aborted while streaming (or refused from Content-Length). */
  maxBytes: number;
  maxRedirects: number;
  /** Minimum time between the starts of two requests to the same host. */
  perHostDelayMs: number;
}

/** Validators of a previous response, for a conditional GET. */
export interface Validators {
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
}

export type FetchResult =
  | { kind: 'fetched'; url: string; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified'; url: string };

export interface HttpClient {
  get(url: string, options?: { validators?: Validators; accept?: string }): Promise<FetchResult>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A polite HTTP client: identified, bounded in time, size and redirects, spaced per host. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const nextStart = new Map<string, number>();

  async function waitForHost(host: string): Promise<void> {
    const now = Date.now();
    const start = Math.max(now, nextStart.get(host) ?? 0);
    nextStart.set(host, start + options.perHostDelayMs);
    if (start > now) await sleep(start - now);
  }

  async function get(url: string, request: { validators?: Validators; accept?: string } = {}): Promise<FetchResult> {
    const visited = new Set<string>();
    const first = parseHttpUrl(url);
    if (!first) throw new FetchError(`not an http(s) URL: ${url}`);
    let current: URL = first;
    for (let hop = 0; ; hop++) {
      visited.add(current.href);
      await waitForHost(current.host);
      const response = await fetchOnce(current, request);
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        const next: URL | null = location ? parseHttpUrl(location, current.href) : null;
        if (!next) throw new RedirectError(`redirect to a missing or non-http(s) location (${location ?? 'none'})`);
        if (visited.has(next.href)) throw new RedirectError(`redirect loop (${current.href} → ${next.href})`);
        if (hop + 1 > options.maxRedirects) throw new RedirectError(`too many redirects (more than ${options.maxRedirects})`);
        current = next;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: 'not-modified', url: current.href };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new HttpStatusError(response.status, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      return {
        kind: 'fetched',
        url: current.href,
        bytes: await readCapped(response),
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  }

  async function fetchOnce(url: URL, request: { validators?: Validators; accept?: string }): Promise<Response> {
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: request.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      'accept-language': 'fr,en;q=0.5',
    };
    if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
    if (request.validators?.lastModified) headers['if-modified-since'] = request.validators.lastModified;
    try {
      return await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (cause) {
      throw new FetchError(describeFailure(cause, options.timeoutMs), { cause });
    }
  }

  async function readCapped(response: Response): Promise<Uint8Array> {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      throw new TooLargeError(`page too large (${formatBytes(declared)} > limit ${formatBytes(options.maxBytes)})`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (!response.body) return new Uint8Array();
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > options.maxBytes) {
          await reader.cancel();
          throw new TooLargeError(`page too large (over the limit of ${formatBytes(options.maxBytes)})`);
        }
        chunks.push(value);
      }
    } catch (cause) {
      if (cause instanceof TooLargeError) throw cause;
      throw new FetchError(describeFailure(cause, options.timeoutMs), { cause });
    }
    return Buffer.concat(chunks);
  }

  return { get };
}

function describeFailure(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return `timed out after ${timeoutMs / 1000} s`;
  }
  const inner = cause instanceof Error ? (cause.cause as { code?: string; message?: string } | undefined) : undefined;
  return `request failed: ${inner?.code ?? inner?.message ?? (cause instanceof Error ? cause.message : String(cause))}`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
