#!/usr/bin/env node
/**
 * Serves build/ the way production does: clean URLs without trailing slash,
 * and the 404 page of the visitor's locale (English under /en/, Chinese
 * elsewhere) with status 404 — which `docusaurus serve` cannot do, as it
 * answers every unknown path with the root's Chinese 404.html.
 *
 * With --production it also compresses and caches as the production server
 * does (gzip for text, year-long immutable caching of the hashed /assets/,
 * revalidation of everything else), for benchmarks of what visitors get.
 *
 * Usage: node scripts/serve.mjs [--dir build] [--port 3000] [--production] (PORT also works)
 */
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {createGzip} from 'node:zlib';

const {values} = parseArgs({
  options: {
    dir: {type: 'string', default: 'build'},
    port: {type: 'string', default: process.env.PORT ?? '3000'},
    host: {type: 'string', default: '127.0.0.1'},
    production: {type: 'boolean', default: false},
  },
});

const root = path.resolve(values.dir);
/** Locales served under a path prefix; the default locale lives at the root. */
const PREFIXED_LOCALES = ['en'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function localePrefix(pathname) {
  const first = pathname.split('/')[1];
  return PREFIXED_LOCALES.includes(first) ? `/${first}` : '';
}

/** Types worth compressing: text; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Hashed build assets never change; anything else may change on the next deploy (as deploy/nginx does). */
function cacheControl(pathname) {
  return /^\/(en\/)?assets\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function send(request, response, status, file, pathname) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers = {'Content-Type': type, 'X-Content-Type-Options': 'nosniff'};
  const gzip = values.production && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (values.production) {
    headers['Cache-Control'] = cacheControl(pathname);
    headers.Vary = 'Accept-Encoding';
  }
  if (gzip) {
    headers['Content-Encoding'] = 'gzip';
  }
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  // A file removed between the check and the read (a rebuild) must not stop the server.
  const body = createReadStream(file).on('error', () => response.destroy());
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {Allow: 'GET, HEAD'}).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  if (pathname.includes('\0') || pathname.length > 1024) {
    response.writeHead(400).end('Bad request');
    return;
  }
  const prefix = localePrefix(pathname);
  // A locale's home is /en/; every other page has no trailing slash.
  if (prefix && pathname === prefix) {
    response.writeHead(301, {Location: `${prefix}/${url.search}`}).end();
    return;
  }
  if (pathname.length > 1 && pathname.endsWith('/') && pathname !== `${prefix}/`) {
    response.writeHead(301, {Location: `${pathname.replace(/\/+$/, '')}${url.search}`}).end();
    return;
  }
  const target = path.join(root, pathname);
  if (target !== root && !target.startsWith(root + path.sep)) {
    response.writeHead(400).end('Bad request');
    return;
  }
  for (const candidate of [target, `${target}.html`, path.join(target, 'index.html')]) {
    if (await isFile(candidate)) {
      send(request, response, 200, candidate, pathname);
      return;
    }
  }
  send(request, response, 404, path.join(root, prefix.slice(1), '404.html'), pathname);
}

createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) {
      response.writeHead(500);
    }
    response.end();
  });
}).listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}/ (English at /en/)`);
});
