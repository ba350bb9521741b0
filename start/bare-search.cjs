'use strict';
/**
 * Preloaded in each server process before Next's standalone server (`start/cluster.cjs`): answers
 * `GET /api/search` straight from `node:http`, through the route's own logic, which the app hands
 * over when Next first loads the route (`app/lib/bare-search.ts`). Next's request handling
 * cost about as much CPU per search as the engine; here a search costs the engine, the JSON and
 * the write. Every other request, and the searches before the route's first load, go to Next.
 */
const http = require('node:http');
// The middleware Next compresses its answers with (gzip or deflate, as the client accepts).
const compressionModule = require('next/dist/compiled/compression');

const SLOT = Symbol.for('paragraphe.web.bare-search');
const PATH = '/api/search';

function isSearchPath(url) {
  return url.startsWith(PATH) && (url.length === PATH.length || url[PATH.length] === '?');
}

const compress = (compressionModule.default ?? compressionModule)();
const noop = () => {};

function answered(req, res, { status, headers, body }) {
  compress(req, res, noop);
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function withBareSearch(listener) {
  return function bareSearchListener(req, res) {
    const answer = globalThis[SLOT];
    if (req.method !== 'GET' || typeof answer !== 'function' || !isSearchPath(req.url)) {
      return listener.call(this, req, res);
    }
    const at = req.url.indexOf('?');
    answer(at === -1 ? '' : req.url.slice(at + 1)).then(
      (result) => answered(req, res, result),
      // The route maps every engine error itself, so this is a bug: Next answers it its own way.
      (error) => {
        console.error('[bare-search] answer failed, handing the request to Next:', error);
        if (res.headersSent) res.destroy();
        else listener.call(this, req, res);
      },
    );
  };
}

const createServer = http.createServer;
http.createServer = function createBareSearchServer(...args) {
  const at = args.findIndex((arg) => typeof arg === 'function');
  if (at !== -1) args[at] = withBareSearch(args[at]);
  return createServer.apply(this, args);
};
