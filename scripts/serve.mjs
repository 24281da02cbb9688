#!/usr/bin/env node
// @ts-check
/**
 * Serves build/ the way production (deploy/nginx/helpdesk.conf) does, by the URL
 * rules of tests/shared/urlRules.ts, which both suites run against their server:
 * clean URLs without trailing slash, the 404 page of the visitor's locale
 * (English under /en/, Chinese elsewhere) with status 404 — which `docusaurus
 * serve` cannot do, as it answers every unknown path with the root's Chinese
 * 404.html — and the same caching: year-long immutable caching of the hashed
 * assets, revalidation of everything else, with ETags, so that a revalidation is a 304;
 * and `Access-Control-Allow-Origin: *` on the files other origins may read (the
 * support policy, the status module, the calendar feeds).
 *
 * With --production it also compresses text with gzip, for benchmarks of what visitors get.
 *
 * Usage: node scripts/serve.mjs [--dir build] [--port 3000] [--production] (PORT also works)
 */
import {createReadStream, existsSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {createGzip} from 'node:zlib';
import {
  CALENDAR_TYPE,
  CROSS_ORIGIN_HEADER,
  IMMUTABLE,
  REVALIDATE,
  crossOriginFile,
  hashedAssetPrefixes,
} from '../deploy/headers.cjs';
import {localePrefix} from '../tools/site.mjs';

const {values} = parseArgs({
  options: {
    dir: {type: 'string', default: 'build'},
    port: {type: 'string', default: process.env.PORT ?? '3000'},
    host: {type: 'string', default: '127.0.0.1'},
    production: {type: 'boolean', default: false},
  },
});

const root = path.resolve(values.dir);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root} holds no built site; run \`npm run build\` first.`);
  process.exit(1);
}
/** URL prefixes of the content-hashed files (`/assets/`, `/en/assets/`), as deploy/headers.cjs finds them. */
const IMMUTABLE_PREFIXES = hashedAssetPrefixes(root);

/** @type {Record<string, string>} */
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
  '.ics': CALENDAR_TYPE,
};

/**
 * The file's stat when `file` is a regular file.
 * @param {string} file
 */
async function fileStat(file) {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** Types worth compressing: text; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * An ETag as nginx makes it (hex modification time in seconds, hex size); weak when
 * the bytes are compressed on the way, as nginx's gzip makes it.
 * @param {import('node:fs').Stats} stats
 * @param {boolean} weak
 */
function etagOf(stats, weak) {
  const tag = `"${Math.floor(stats.mtimeMs / 1000).toString(16)}-${stats.size.toString(16)}"`;
  return weak ? `W/${tag}` : tag;
}

/**
 * Whether an If-None-Match header names `etag`, compared weakly as RFC 9110 says.
 * @param {string | undefined} header
 * @param {string} etag
 */
function matches(header, etag) {
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return header !== undefined && header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Sends `file` with `status`. A found file (200) carries the Cache-Control of its
 * URL and an ETag, and answers a matching If-None-Match with 304; a 404 page revalidates.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {200 | 404} status
 * @param {string} file
 * @param {import('node:fs').Stats} stats
 * @param {string} pathname
 */
function send(request, response, status, file, stats, pathname) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = values.production && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const immutable = status === 200 && IMMUTABLE_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  /** @type {Record<string, string>} */
  const headers = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': immutable ? IMMUTABLE : REVALIDATE,
  };
  if (values.production) {
    headers.Vary = 'Accept-Encoding';
  }
  // The feeds, the policy and the status module may be read from other origins (deploy/headers.cjs).
  if (status === 200 && crossOriginFile(pathname)) {
    headers[CROSS_ORIGIN_HEADER[0]] = CROSS_ORIGIN_HEADER[1];
  }
  if (status === 200) {
    headers.ETag = etagOf(stats, gzip);
    if (matches(request.headers['if-none-match'], headers.ETag)) {
      delete headers['Content-Type'];
      response.writeHead(304, headers).end();
      return;
    }
  }
  if (gzip) {
    headers['Content-Encoding'] = 'gzip';
  } else {
    headers['Content-Length'] = String(stats.size);
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

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
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
  // Header rules for static hosts and dot files are not content.
  const hidden = pathname === '/_headers' || pathname.includes('/.');
  for (const candidate of hidden ? [] : [target, `${target}.html`, path.join(target, 'index.html')]) {
    const stats = await fileStat(candidate);
    if (stats) {
      send(request, response, 200, candidate, stats, pathname);
      return;
    }
  }
  const notFound = path.join(root, prefix.slice(1), '404.html');
  const stats = await fileStat(notFound);
  if (!stats) {
    response.writeHead(404).end('Not found');
    return;
  }
  send(request, response, 404, notFound, stats, pathname);
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
