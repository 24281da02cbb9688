#!/usr/bin/env node
// @ts-check
/**
 * Page-weight report (not a test; tests/e2e/weight.spec.ts holds the budgets):
 * for every page of the site in both locales, the files the browser fetches on
 * first load with their gzip sizes, measured exactly as the budget test does
 * (tools/pageWeight.mjs), for the working tree and for each git ref given
 * with --compare, side by side per file.
 *
 * Each ref is exported with `git archive` into a temporary directory (the
 * repository's worktrees are left alone) and built there with this checkout's
 * node_modules; the pages measured are those of the working tree's sitemaps.
 * Writes bench/results/weight.md, keeping the hand-written notes below NOTES.
 *
 * Usage: npm run bench:weight -- [--compare <git ref>]... [--port 4200] (BENCH_PORT also works)
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launchBrowser} from '../tools/chromium.mjs';
import {BUDGET_KIB, GZIP_LEVEL, JS_BUDGET_ROUTE, firstLoad, kib, sum} from '../tools/pageWeight.mjs';
import {serveBuild} from '../tools/server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const REPORT = path.join(root, 'bench/results/weight.md');
/** The line after which the report's hand-written part starts. */
const NOTES = '<!-- Notes below this line are written by hand and kept by bench/weight.mjs. -->';

/** @typedef {import('../tools/pageWeight.mjs').FirstLoad} FirstLoad */
/** @typedef {import('../tools/pageWeight.mjs').LoadedFile} LoadedFile */
/**
 * One build measured: which source, where it was built, and each page's first load.
 * @typedef {{label: string, description: string, siteDir: string, exported: boolean, outDir: string, loads: Map<string, FirstLoad>}} Build
 */

const {values} = parseArgs({
  options: {
    compare: {type: 'string', multiple: true, default: []},
    // Not 4190: fetch refuses it (one of the Fetch standard's "bad ports").
    port: {type: 'string', default: process.env.BENCH_PORT ?? '4200'},
  },
});

const git = (/** @type {string[]} */ ...args) => execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim();

/** @param {string} siteDir */
function build(siteDir) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'helpdesk-weight-build-'));
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {cwd: siteDir, stdio: ['ignore', 'ignore', 'inherit']});
  return outDir;
}

/**
 * The source tree of `ref`, ready to build.
 * @param {string} ref
 */
function exportRef(ref) {
  const dir = mkdtempSync(path.join(tmpdir(), 'helpdesk-weight-src-'));
  execFileSync('tar', ['-x', '-C', dir], {input: execFileSync('git', ['archive', ref], {cwd: root, maxBuffer: 1 << 30})});
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/**
 * Every page of a build: the URL paths its per-locale sitemaps list.
 * @param {string} outDir
 */
function pagesOf(outDir) {
  return ['sitemap.xml', 'en/sitemap.xml']
    .map((file) => path.join(outDir, file))
    .filter((file) => existsSync(file))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
    );
}

/**
 * @param {string} outDir
 * @param {string[]} pages
 * @param {number} port
 * @returns {Promise<Map<string, FirstLoad>>}
 */
async function measure(outDir, pages, port) {
  const server = await serveBuild(outDir, port);
  const browser = await launchBrowser();
  try {
    /** @type {Map<string, FirstLoad>} */
    const loads = new Map();
    for (const pathname of pages) {
      // A fresh context per page: nothing cached from the page before.
      const context = await browser.newContext();
      loads.set(pathname, await firstLoad(await context.newPage(), `${server.origin}${pathname}`));
      await context.close();
    }
    return loads;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A file's name without its locale prefix and content hash, so that builds can be compared file by file.
 * @param {LoadedFile} file
 */
function fileKey(file) {
  if (file.type === 'document') {
    return '(the page itself)';
  }
  return file.path.replace(/^\/en\//, '/').replace(/\.[0-9a-f]{8}(\.(?:js|css))$/, '$1');
}

/**
 * The first load of `pathname` in a build; every build measures every page.
 * @param {Build} entry
 * @param {string} pathname
 */
function loadOf(entry, pathname) {
  const load = entry.loads.get(pathname);
  if (!load) {
    throw new Error(`${entry.label}: ${pathname} was not measured`);
  }
  return load;
}

/** What a page costs its visitor: what it loads, and what it prefetches at idle for the pages it links to. */
const everything = (/** @type {FirstLoad} */ load) => [...load.files, ...load.prefetched];

const cell = (/** @type {number | undefined} */ bytes) => (bytes === undefined ? '—' : `${kib(bytes).toFixed(1)}`);
const budgetCell = (/** @type {number} */ bytes, /** @type {number} */ budgetKib) =>
  `${cell(bytes)} ${bytes <= budgetKib * 1024 ? '✓' : '**over**'}`;

/**
 * @param {Build[]} builds
 * @param {string[]} pages
 */
function report(builds, pages) {
  const current = builds.at(-1);
  const header = (/** @type {string} */ first) => `| ${first} | ${builds.map((entry) => entry.label).join(' | ')} |`;
  const rule = `| --- |${builds.map(() => ' ---: |').join('')}`;
  /**
   * A page-by-build table of `bytesOf` each first load; the last build's cell carries
   * the budget verdict where `budgetKibOf` gives a budget for the page.
   * @param {(load: FirstLoad) => number} bytesOf
   * @param {(pathname: string) => number | undefined} budgetKibOf
   */
  const table = (bytesOf, budgetKibOf) => [
    header('page'),
    rule,
    ...pages.map((pathname) => {
      const cells = builds.map((entry) => {
        const bytes = bytesOf(loadOf(entry, pathname));
        const budgetKib = entry === current ? budgetKibOf(pathname) : undefined;
        return budgetKib === undefined ? cell(bytes) : budgetCell(bytes, budgetKib);
      });
      return `| \`${pathname}\` | ${cells.join(' | ')} |`;
    }),
  ];
  const lines = [
    '# Page weight: first load of every page, gzip',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench:weight${values.compare.length ? ` --${values.compare.map((ref) => ` --compare ${ref}`).join('')}` : ''}\`.`,
    '',
    'How: Chromium (Playwright) opens each page of the production build served by `scripts/serve.mjs`,',
    'with an empty cache, and records every same-origin file it receives until the network has been quiet',
    'for 500 ms after hydration, without any interaction. Each file counts with the size of its bytes',
    `compressed by node:zlib gzip level ${GZIP_LEVEL}. Chunks that Docusaurus prefetches at idle priority for`,
    'the pages a page links to (type "prefetch") count toward the total, not toward the JavaScript budget.',
    '`tests/e2e/weight.spec.ts` measures the same way (`tools/pageWeight.mjs`) and holds the budgets:',
    `first-load JavaScript of \`${JS_BUDGET_ROUTE}\` ≤ ${BUDGET_KIB.contactJs} KiB, everything a page loads first ≤ ${BUDGET_KIB.total} KiB, in each locale;`,
    'the budget verdicts (✓) are those of the last build.',
    '',
    'Builds (KiB gzip in every table):',
    '',
    ...builds.map((entry) => `- **${entry.label}**: ${entry.description}`),
    '',
    '## Totals per page',
    '',
    `### First-load JavaScript (budget ${BUDGET_KIB.contactJs} KiB on \`${JS_BUDGET_ROUTE}\`)`,
    '',
    ...table(
      (load) => sum(load.files, 'script'),
      (pathname) => (pathname.endsWith(JS_BUDGET_ROUTE) ? BUDGET_KIB.contactJs : undefined),
    ),
    '',
    `### Everything loaded first, prefetches included (budget ${BUDGET_KIB.total} KiB)`,
    '',
    ...table(
      (load) => sum(everything(load)),
      () => BUDGET_KIB.total,
    ),
    '',
    '### Of which prefetched for linked pages',
    '',
    ...table(
      (load) => sum(load.prefetched),
      () => undefined,
    ),
    '',
    '## Files per page',
    '',
    'File names without content hash and locale prefix; "—": the build did not fetch that file.',
    'Numbered chunks are named by the bundler, so the same number may hold other modules in another build.',
  ];
  for (const pathname of pages) {
    const rows = new Map();
    builds.forEach((entry, index) => {
      for (const file of everything(loadOf(entry, pathname))) {
        const key = fileKey(file);
        const row = rows.get(key) ?? {type: file.type, sizes: []};
        row.sizes[index] = (row.sizes[index] ?? 0) + file.gzipBytes;
        rows.set(key, row);
      }
    });
    const last = builds.length - 1;
    const sorted = [...rows].sort(
      ([, a], [, b]) =>
        (b.sizes[last] ?? -1) - (a.sizes[last] ?? -1) ||
        Math.max(...b.sizes.filter(Boolean)) - Math.max(...a.sizes.filter(Boolean)),
    );
    lines.push(
      '',
      `### \`${pathname}\``,
      '',
      `| file | type | ${builds.map((entry) => entry.label).join(' | ')} |`,
      `| --- | --- |${builds.map(() => ' ---: |').join('')}`,
      ...sorted.map(
        ([key, row]) => `| \`${key}\` | ${row.type} | ${builds.map((_, index) => cell(row.sizes[index])).join(' | ')} |`,
      ),
      `| **total** | | ${builds.map((entry) => `**${cell(sum(everything(loadOf(entry, pathname))))}**`).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

const head = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const sources = [
  ...values.compare.map((ref) => ({
    label: ref,
    description: `\`${git('rev-parse', '--short', `${ref}^{commit}`)}\` ${git('log', '-1', '--format=%s', ref)}`,
    siteDir: exportRef(ref),
    exported: true,
  })),
  {
    label: 'now',
    description: `the working tree at \`${head}\`${dirty ? ' with uncommitted changes' : ''}`,
    siteDir: root,
    exported: false,
  },
];
const outDirs = [];
try {
  /** @type {Build[]} */
  const builds = [];
  for (const source of sources) {
    console.log(`building ${source.label}…`);
    const outDir = build(source.siteDir);
    outDirs.push(outDir);
    builds.push({...source, outDir, loads: new Map()});
  }
  const pages = pagesOf(outDirs.at(-1) ?? '');
  for (const entry of builds) {
    console.log(`measuring ${entry.label}…`);
    entry.loads = await measure(entry.outDir, pages, Number(values.port));
  }
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : `${NOTES}\n`;
  writeFileSync(REPORT, `${report(builds, pages)}\n\n${notes}`);
  console.log(`wrote ${path.relative(root, REPORT)}`);
} finally {
  for (const dir of [...outDirs, ...sources.filter((source) => source.exported).map((source) => source.siteDir)]) {
    rmSync(dir, {recursive: true, force: true});
  }
}
