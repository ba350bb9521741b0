/** Query parameters that only say where a reader came from: the same article with or without them. */
const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|xtor|xtref|at_.*|ns_.*|cmpid|ito|ref_src|s_cid|wt_mc|wt_zmc|oly_.*|vero_.*|__twitter_impression)$/i;

/** Parses an absolute http(s) URL; anything else (relative, mailto:, javascript:…) gives null. */
export function parseHttpUrl(text: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/**
 * The URL an article is known by: scheme and host lower-cased, default port, fragment, tracking
 * parameters and credentials dropped, the remaining parameters sorted, `/index.html` removed.
 */
export function canonicalUrl(input: string | URL): string {
  const url = new URL(input.toString());
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING_PARAM.test(key));
  kept.sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  url.search = new URLSearchParams(kept).toString();
  url.pathname = url.pathname.replace(/\/index\.html?$/i, '/');
  return url.toString();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
