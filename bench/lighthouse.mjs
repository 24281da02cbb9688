#!/usr/bin/env node
/**
 * `npm run bench` — a benchmark, not a test: nothing here passes or fails.
 *
 * 1. Build time: a cold build (`npm run build` after `docusaurus clear`) and
 *    a warm one (the same build again, with the bundler's cache).
 * 2. Serves build/ as production does — nginx with the shipped configuration
 *    (scripts/serve-nginx.mjs: precompressed gzip/brotli, immutable /assets/,
 *    revalidated pages, CSP) — and runs Lighthouse, mobile and desktop, on
 *    every page of both sitemaps (so every route in every locale).
 * 3. Writes bench/results/lighthouse.md: scores, metrics, CLS and first-load
 *    bytes per page next to a default Docusaurus classic site, and every score
 *    below 100 with the audits that cost the points.
 *
 * Options: --skip-build (measure the build/ already there), BENCH_PORT (8380).
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';

const root = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(root, 'build');
const reportFile = path.join(root, 'bench/results/lighthouse.md');
const PORT = Number(process.env.BENCH_PORT ?? 8380);

const {values: options} = parseArgs({options: {'skip-build': {type: 'boolean', default: false}}});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's default config is the mobile one (Moto G Power, slow 4G, simulated). */
const FORM_FACTORS = [
  {name: 'mobile', config: undefined},
  {name: 'desktop', config: desktopConfig},
];

/**
 * A freshly generated Docusaurus 3 classic site (create-docusaurus, the
 * "classic" template), built and served with gzip: the figures the site is
 * compared with, as the issue gives them.
 */
const BASELINE = {firstLoadJsKiB: 184.5, totalKiB: 204, mobilePerformance: '94–99'};

function run(command, ...args) {
  execFileSync(command, args, {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
}

function timed(action) {
  const start = performance.now();
  action();
  return (performance.now() - start) / 1000;
}

/** Paths of every page the build lists in its sitemaps (the default locale's and each prefixed locale's). */
function sitemapPaths() {
  const sitemaps = [
    path.join(buildDir, 'sitemap.xml'),
    ...readdirSync(buildDir, {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(buildDir, entry.name, 'sitemap.xml'))
      .filter((file) => existsSync(file)),
  ];
  return sitemaps.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname),
  );
}

async function startServer() {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve-nginx.mjs'), '--dir', buildDir, '--port', String(PORT)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) {
      throw new Error(`scripts/serve-nginx.mjs exited with code ${server.exitCode}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) {
        return server;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopServer(server);
  throw new Error(`the server did not answer on port ${PORT}`);
}

/** SIGTERM lets serve-nginx.mjs stop nginx and remove its scratch folder. */
async function stopServer(server) {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

const KiB = 1024;

/** The first DOM node an audit's details name (the LCP element lives in nested tables). */
function firstNode(details) {
  if (!details || typeof details !== 'object') {
    return null;
  }
  if (details.type === 'node' && details.snippet) {
    return details;
  }
  for (const value of Object.values(details)) {
    const found = Array.isArray(value) ? value.map(firstNode).find(Boolean) : firstNode(value);
    if (found) {
      return found;
    }
  }
  return null;
}

/** What the report needs from one Lighthouse result. */
function summarize(lhr) {
  const audit = (id) => lhr.audits[id];
  const requests = audit('network-requests').details.items;
  const transferred = (items) => items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const below = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (category.score === 1) {
      continue;
    }
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => audit(ref.id))
      .filter((result) => result.score !== null && result.score < 1)
      .map((result) => `${result.title}${result.displayValue ? ` (${result.displayValue})` : ''} [\`${result.id}\`, score ${Math.round(result.score * 100)}]`);
    // Unweighted audits in the red (diagnostics, insights) say where the weighted metrics lose their points.
    const diagnostics = category.auditRefs
      .filter((ref) => ref.weight === 0)
      .map((ref) => audit(ref.id))
      .filter((result) => result.score !== null && result.score < 0.5 && result.scoreDisplayMode !== 'informative')
      .map((result) => `${result.title}${result.displayValue ? ` (${result.displayValue})` : ''}`);
    if (id === 'performance') {
      const lcpElement = firstNode(audit('largest-contentful-paint-element')?.details);
      if (lcpElement) {
        diagnostics.push(`LCP element \`${lcpElement.snippet.replaceAll('|', '\\|').slice(0, 120)}\``);
      }
    }
    below.push({category: category.title, score: Math.round(category.score * 100), failing, diagnostics});
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    speedIndex: audit('speed-index').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    jsBytes: transferred(requests.filter((item) => item.resourceType === 'Script')),
    totalBytes: transferred(requests),
    requests: requests.length,
    below,
    userAgent: lhr.environment.hostUserAgent,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kib = (bytes) => (bytes / KiB).toFixed(1);

function report({builds, runs, load}) {
  const first = runs[0].result;
  const chromeVersion = /Chrome\/([\d.]+)/.exec(first.userAgent)?.[1] ?? first.userAgent;
  const docusaurusVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/@docusaurus/core/package.json'), 'utf8')).version;
  const cpus = os.cpus();
  // nginx -v prints to stderr.
  const nginxVersion = spawnSync(process.env.NGINX ?? '/usr/sbin/nginx', ['-v'], {encoding: 'utf8'}).stderr.trim().replace('nginx version: ', '');
  const mobile = runs.filter((run) => run.formFactor === 'mobile');
  const perfect = (run) => CATEGORIES.every((id) => run.result.scores[id] === 100);
  const range = (numbers, format) => `${format(Math.min(...numbers))}–${format(Math.max(...numbers))}`;

  const lines = [
    '# Lighthouse and build benchmark',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench\` (\`bench/lighthouse.mjs\`).`,
    '',
    `- Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / KiB ** 3)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Load average (1 min) when Lighthouse started and ended: ${load.start.toFixed(1)} and ${load.end.toFixed(1)} on ${cpus.length} cores. The machine is shared with other jobs: under load, Lighthouse's simulated mobile CPU (4× slowdown of the measured main-thread work) inflates Total Blocking Time and lowers performance scores`,
    `- Node ${process.versions.node}, Docusaurus ${docusaurusVersion}, Lighthouse ${first.lighthouseVersion}, Chromium ${chromeVersion} (headless)`,
    `- Served by nginx ${nginxVersion} with the shipped configuration (\`scripts/serve-nginx.mjs\`, \`deploy/nginx/\`): files compressed at build time, immutable \`/assets/\`, revalidated pages, the CSP of the build`,
    '- Lighthouse defaults per form factor: mobile = Moto G Power emulation, slow 4G and 4× CPU slowdown (simulated); desktop = desktop preset',
    '',
    '## Build',
    '',
    '| build | time |',
    '| --- | --- |',
    ...(builds
      ? [
          `| cold: \`npm run build\` after \`docusaurus clear\` (both locales, headers, precompression) | ${builds.cold.toFixed(1)} s |`,
          `| warm: \`npm run build\` again | ${builds.warm.toFixed(1)} s |`,
        ]
      : ['| not measured (`--skip-build`) | |']),
    '',
    '## Summary against a default Docusaurus classic site',
    '',
    '| figure | this site (mobile runs, every page) | default classic site |',
    '| --- | --- | --- |',
    `| first-load JS, transferred (gzip) | ${range(mobile.map((run) => run.result.jsBytes), kib)} KiB | ${BASELINE.firstLoadJsKiB} KiB |`,
    `| first-load total, transferred | ${range(mobile.map((run) => run.result.totalBytes), kib)} KiB | ${BASELINE.totalKiB} KiB |`,
    `| Lighthouse mobile performance | ${range(mobile.map((run) => run.result.scores.performance), String)} | ${BASELINE.mobilePerformance} |`,
    `| CLS (mobile) | ${range(mobile.map((run) => run.result.cls), (value) => value.toFixed(3))} | |`,
    `| pages at 100 in all four categories on mobile | ${mobile.filter(perfect).length} of ${mobile.length} | |`,
    '',
    '## Every page',
    '',
    'Scores: performance / accessibility / best practices / SEO. Bytes are transferred bytes of the first load (all requests Lighthouse saw).',
    '',
    '| page | form | perf | a11y | best pr. | SEO | FCP | LCP | TBT | speed index | CLS | JS KiB | total KiB | requests |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map(({page, formFactor, result: r}) => {
      const cells = [
        `\`${page}\``,
        formFactor,
        ...CATEGORIES.map((id) => r.scores[id]),
        seconds(r.fcp),
        seconds(r.lcp),
        `${Math.round(r.tbt)} ms`,
        seconds(r.speedIndex),
        r.cls.toFixed(3),
        kib(r.jsBytes),
        kib(r.totalBytes),
        r.requests,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
    '',
    '## Below 100',
    '',
  ];
  const below = runs.filter((run) => run.result.below.length > 0);
  if (below.length === 0) {
    lines.push('None: every page scored 100 in all four categories, on mobile and on desktop.');
  }
  for (const {page, formFactor, result} of below) {
    for (const {category, score, failing, diagnostics} of result.below) {
      const reasons = failing.length > 0 ? failing.join('; ') : 'no weighted audit below 1 (rounding of the weighted mean)';
      const hints = diagnostics.length > 0 ? ` — diagnostics: ${diagnostics.join('; ')}` : '';
      lines.push(`- \`${page}\` ${formFactor}, ${category} ${score}: ${reasons}${hints}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

let builds = null;
if (!options['skip-build']) {
  console.log('cold build…');
  run('npx', 'docusaurus', 'clear');
  const cold = timed(() => run('npm', 'run', 'build'));
  console.log(`cold build ${cold.toFixed(1)} s; warm build…`);
  const warm = timed(() => run('npm', 'run', 'build'));
  console.log(`warm build ${warm.toFixed(1)} s`);
  builds = {cold, warm};
}

const pages = sitemapPaths();
const load = {start: os.loadavg()[0], end: 0};
const server = await startServer();
const chrome = await chromeLauncher.launch({chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS});
const runs = [];
try {
  for (const page of pages) {
    for (const {name, config} of FORM_FACTORS) {
      const result = await lighthouse(
        `http://127.0.0.1:${PORT}${page}`,
        {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES},
        config,
      );
      const summary = summarize(result.lhr);
      runs.push({page, formFactor: name, result: summary});
      console.log(`${page} ${name}: ${CATEGORIES.map((id) => summary.scores[id]).join(' / ')}`);
    }
  }
} finally {
  await chrome.kill();
  await stopServer(server);
}
load.end = os.loadavg()[0];

writeFileSync(reportFile, report({builds, runs, load}));
console.log(`wrote ${path.relative(root, reportFile)}`);
