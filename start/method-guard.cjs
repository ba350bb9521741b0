'use strict';
/**
 * Preloaded (`node --require start/method-guard.cjs server.js`) before Next's standalone server:
 * Next refuses TRACE and TRACK itself, before `proxy.ts` runs, as a 500 with a stack trace in the
 * log, and a CONNECT finds no listener at all. This answers them 405, as the proxy answers other
 * methods, by wrapping the request listener of the servers Next creates; every other request
 * goes to Next untouched.
 */
const http = require('node:http');

const REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT']);
const ALLOW = 'GET, HEAD';
const BODY = JSON.stringify({ error: 'method_not_allowed', message: 'Méthode non autorisée.' });
const HEADERS = {
  Allow: ALLOW,
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Length': Buffer.byteLength(BODY),
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  Connection: 'close',
};

function guard(listener) {
  return function guardedListener(req, res) {
    if (!REFUSED.has(req.method)) return listener.call(this, req, res);
    res.writeHead(405, HEADERS);
    res.end(BODY);
  };
}

const createServer = http.createServer;
http.createServer = function createGuardedServer(...args) {
  const at = args.findIndex((arg) => typeof arg === 'function');
  if (at !== -1) args[at] = guard(args[at]);
  const server = createServer.apply(this, args);
  // Node sends CONNECT to 'connect' listeners only, and drops the connection when there is none.
  server.on('connect', (_req, socket) => {
    const head = Object.entries(HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${head}\r\n${BODY}`);
  });
  return server;
};
