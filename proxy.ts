import { NextResponse, type NextRequest } from 'next/server';
import { isEngineServing } from './search/index';
import { webEngineConfig } from './app/lib/web-config';
import { ALLOWED_METHODS, isAllowedMethod, isDecodablePath } from './app/lib/request-guard';
import {
  API_CONTENT_SECURITY_POLICY,
  COMMON_SECURITY_HEADERS,
  createNonce,
  pageContentSecurityPolicy,
} from './app/lib/security-headers';

/**
 * Runs before every route: refuses what the framework would turn into a 500 (unsupported
 * method, undecodable path) and sets the security headers, with a fresh script nonce per page.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  if (!isAllowedMethod(request.method)) {
    return refuse(405, 'method_not_allowed', 'Méthode non autorisée.', isApi, { Allow: ALLOWED_METHODS.join(', ') });
  }
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return refuse(400, 'invalid_request', 'Adresse invalide.', isApi);
  }
  if (isApi) return withHeaders(NextResponse.next(), API_CONTENT_SECURITY_POLICY);

  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  // Next reads the nonce for its own scripts from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  // A page in the unavailable state still renders its French message, with a 503 for monitoring.
  const status = (await engineServing()) ? undefined : 503;
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders }, status }), policy);
}

/** Checked at most once per `HEALTH_TTL_MS`, so a page costs no extra I/O most of the time. */
const HEALTH_TTL_MS = 2_000;
let health: { at: number; serving: Promise<boolean> } | null = null;

function engineServing(): Promise<boolean> {
  const now = Date.now();
  if (!health || now - health.at > HEALTH_TTL_MS) {
    health = { at: now, serving: isEngineServing(webEngineConfig(process.env)).catch(() => false) };
  }
  return health.serving;
}

function withHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

function refuse(status: number, error: string, message: string, isApi: boolean, extra: Record<string, string> = {}) {
  const response = isApi
    ? NextResponse.json({ error, message }, { status, headers: extra })
    : new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
  return withHeaders(response, API_CONTENT_SECURITY_POLICY);
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
