#!/usr/bin/env node
// @ts-check
/**
 * Load benchmark (not a test): a bounded run of `wrk` on loopback against the
 * built site behind nginx with the shipped configuration, and, for
 * comparison, behind `docusaurus serve`. Two URLs — the contact page and the
 * main hashed JavaScript bundle — 10 s each, 2 threads, 4 connections, with a
 * browser's Accept-Encoding. Reports requests per second, latency and errors
 * (non-2xx/3xx responses and socket errors, which must be 0), and writes
 * bench/results/load.md. Needs a fresh `npm run build`.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {get} from 'node:http';
import {cpus, loadavg, release} from 'node:os';
import path from 'node:path';
import {findNginx, hasBrotli} from '../tools/nginx.cjs';
import {serveBuildWithNginx, startServer} from '../tools/server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'build');
const NGINX_PORT = 8283;
const DOCUSAURUS_PORT = 8284;
const DURATION = '10s';
const THREADS = 2;
const CONNECTIONS = 4;
const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`bench:load: ${message}`);
  process.exit(1);
}

const wrk = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((file) => existsSync(file));
if (!wrk) {
  fail('wrk is not installed. On Debian or Ubuntu: sudo apt-get install wrk');
}
if (!existsSync(path.join(BUILD, 'index.html'))) {
  fail('no build/; run `npm run build` first.');
}

const mainBundle = /<script src=("?)(\/assets\/js\/main\.[0-9a-f]+\.js)\1/.exec(
  readFileSync(path.join(BUILD, 'index.html'), 'utf8'),
)?.[2];
if (!mainBundle) {
  fail('build/index.html loads no /assets/js/main.<hash>.js');
}
/** @typedef {{server: string, name: string, path: string, encoding: string | string[]} & ReturnType<typeof parseWrk>} Result */
const TARGETS = [
  {name: 'contact page', path: '/helpdesk/contact'},
  {name: 'main JS bundle (hashed)', path: mainBundle},
];

/**
 * The numbers of one wrk run, from its text report.
 * @param {string} output
 */
function parseWrk(output) {
  const number = (/** @type {RegExp} */ pattern) => Number(pattern.exec(output)?.[1] ?? NaN);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0;
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/) || 0;
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    latencyAverage: /Latency\s+(\S+)/.exec(output)?.[1] ?? '?',
    latencyP99: /\s99%\s+(\S+)/.exec(output)?.[1] ?? '?',
    transferPerSecond: /Transfer\/sec:\s+(\S+)/.exec(output)?.[1] ?? '?',
    non2xx,
    socketErrors,
  };
}

/** @param {string} url */
function runWrk(url) {
  const output = execFileSync(
    /** @type {string} */ (wrk),
    [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency', '-H', `Accept-Encoding: ${ACCEPT_ENCODING}`, url],
    {
      encoding: 'utf8',
    },
  );
  return parseWrk(output);
}

/**
 * Status and Content-Encoding of one request on a connection of its own.
 * @param {string} url
 * @returns {Promise<{status: number | undefined, encoding: string | string[]}>}
 */
function probe(url) {
  return new Promise((resolve, reject) => {
    get(url, {agent: false, headers: {'Accept-Encoding': ACCEPT_ENCODING}}, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({status: response.statusCode, encoding: response.headers['content-encoding'] ?? 'identity'}),
      );
    }).on('error', reject);
  });
}

/**
 * @param {string} server
 * @param {number} port
 */
async function measure(server, port) {
  /** @type {Result[]} */
  const results = [];
  for (const target of TARGETS) {
    const url = `http://127.0.0.1:${port}${target.path}`;
    const {status, encoding} = await probe(url);
    if (status !== 200) {
      fail(`${url} answers ${status}, not 200`);
    }
    console.log(`${server}: wrk ${DURATION} on ${url} (${encoding})`);
    results.push({server, ...target, encoding, ...runWrk(url)});
  }
  return results;
}

/**
 * The first line a tool prints about its version (nginx -v writes to stderr; wrk --version exits 1).
 * @param {string} command
 * @param {string[]} args
 */
function version(command, args) {
  const {stdout, stderr} = spawnSync(command, args, {encoding: 'utf8'});
  return `${stdout ?? ''}${stderr ?? ''}`.trim().split('\n')[0] || 'unknown';
}

const loadBefore = loadavg()[0] ?? 0;
/** @type {Result[]} */
const results = [];
/**
 * Runs `measureIt` against a server started by `start`, and stops the server whatever happens.
 * @param {() => Promise<import('../tools/server.mjs').RunningServer>} start
 * @param {() => Promise<Result[]>} measureIt
 */
async function withServer(start, measureIt) {
  const server = await start().catch((error) => fail(error instanceof Error ? error.message : String(error)));
  try {
    results.push(...(await measureIt()));
  } finally {
    await server.close();
  }
}
await withServer(
  () => serveBuildWithNginx(BUILD, NGINX_PORT),
  () => measure('nginx', NGINX_PORT),
);
await withServer(
  () =>
    startServer(
      path.join(ROOT, 'node_modules/.bin/docusaurus'),
      ['serve', '--dir', BUILD, '--port', String(DOCUSAURUS_PORT), '--host', '127.0.0.1', '--no-open'],
      DOCUSAURUS_PORT,
    ),
  () => measure('docusaurus serve', DOCUSAURUS_PORT),
);

const nginxVersion = version(findNginx() ?? 'nginx', ['-v']).replace('nginx version: ', '');
const wrkVersion = version(wrk, ['--version']).replace(/ Copyright.*/, '');
const docusaurusVersion = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/@docusaurus/core/package.json'), 'utf8'),
).version;
const brotli = hasBrotli();
const errors = results.reduce((sum, result) => sum + result.non2xx + result.socketErrors, 0);

const report = `# Load — nginx vs \`docusaurus serve\` on loopback

Measured ${new Date().toISOString()} by \`npm run bench:load\` (a benchmark, not a test).

- Machine: ${cpus().length} CPU(s) (\`nproc\`), ${cpus()[0]?.model ?? 'unknown CPU'}, Linux ${release()}; shared with other work while it ran (1-minute load average ${loadBefore.toFixed(1)} before the run), so numbers vary from run to run — compare the two servers within one run.
- Versions: nginx ${nginxVersion} (1 worker, deploy/nginx/helpdesk.conf, files compressed at build time, ${brotli ? 'gzip + brotli' : 'gzip only'}), @docusaurus/core ${docusaurusVersion} (\`docusaurus serve\`, one Node ${process.version} process), ${wrkVersion}.
- Load: \`wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION} --latency -H 'Accept-Encoding: ${ACCEPT_ENCODING}'\`, one URL at a time, client and server on the same machine.

| server | URL | encoding served | requests/s | requests | latency avg | latency p99 | transfer/s | errors (non-2xx/3xx + socket) |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${results
  .map(
    (result) =>
      `| ${result.server} | \`${result.path}\` (${result.name}) | ${result.encoding} | ${result.requestsPerSecond.toFixed(0)} | ${result.requests} | ${result.latencyAverage} | ${result.latencyP99} | ${result.transferPerSecond} | ${result.non2xx + result.socketErrors} |`,
  )
  .join('\n')}

**Errors: ${errors}** (must be 0).
`;
writeFileSync(path.join(ROOT, 'bench/results/load.md'), report);
console.log(`\n${report}`);
if (errors > 0) {
  fail(`${errors} error(s) under load`);
}
