import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { expect, test, type APIResponse } from '@playwright/test';
import { openSearch, results, searchBox } from './helpers';

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toMatch(/unsafe-eval/);
}

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];

/** A raw request, any method. */
function send(method: string, path: string, baseURL: string) {
  return new Promise<{ status: number; body: string; allow?: string }>((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, allow: res.headers.allow }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The status line's code of a request written by hand (methods Node's client treats apart). */
function sendRaw(method: string, target: string, baseURL: string) {
  const url = new URL(baseURL);
  return new Promise<{ status: number; head: string }>((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.end(`${method} ${target} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), head: text.split('\r\n\r\n')[0] ?? '' }));
  });
}

test('pages and the API send the security headers; each page gets its own script nonce', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  expectSecurityHeaders(first.headers());
  expect(first.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  expect(await first.text()).toContain(`nonce="${nonceOf(first)}"`);

  const api = await request.get('/api/search?q=Gantz');
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api.headers());
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'");
});

test('pages hydrate under the policy: no violation, a client interaction works', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  await openSearch(page, '/');
  await searchBox(page).pressSequentially('Tebboune', { delay: 30 });
  await expect(page).toHaveURL(/\?q=Tebboune$/);
  await expect(results(page).first().locator('mark').first()).toHaveText('Tebboune');
  await results(page).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/p\//);
  expect(problems).toEqual([]);
});

test('unsupported methods get 405 and undecodable paths 400, never a 500', async ({ baseURL }) => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']) {
    const response = await send(method, '/api/search?q=x', baseURL!);
    expect(response.status).toBe(405);
    expect(response.allow).toBe('GET, HEAD');
    expect(JSON.parse(response.body)).toMatchObject({ error: 'method_not_allowed' });
    expect((await send(method, '/', baseURL!)).status).toBe(405);
  }
  for (const path of ['/p/%ED%A0%80', '/articles/%', '/api/search/%']) {
    const response = await send('GET', path, baseURL!);
    expect(response.status).toBe(400);
    expect(response.body).not.toMatch(/at .*\.js/);
  }
  // Next fails on these before the proxy runs: the preloaded guard answers them.
  const connectReply = await sendRaw('CONNECT', `127.0.0.1:${new URL(baseURL!).port}`, baseURL!);
  expect(connectReply.status).toBe(405);
  expect(connectReply.head).toMatch(/^Allow: GET, HEAD$/m);
  // Node's parser knows no TRACK: it answers 400 itself, before any server code.
  expect((await sendRaw('TRACK', '/api/search?q=x', baseURL!)).status).toBe(400);
});
