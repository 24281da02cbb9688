#!/usr/bin/env node
// @ts-check
/**
 * Benchmark (not a test): what a visitor gets from the production build.
 *
 * Builds the site as a deploy does (`npm run build`: both locales, headers,
 * precompressed files), cold (after `docusaurus clear`) and warm (a second build),
 * serves build/ as production does (scripts/serve.mjs --production: gzip,
 * immutable /assets/, revalidated HTML) and runs Lighthouse on every page of
 * both locales' sitemaps, mobile and desktop, several times each, reporting the
 * median. It also profiles the contact page's hydration: the main thread's
 * JavaScript time from navigation until React has hydrated and the live badges
 * show a state, under 4× CPU slowdown (Chrome DevTools Protocol), so that
 * changes to hydration can be compared.
 *
 * The machine may be shared: the 1-minute load average is recorded before every
 * run, and the report says when it was too high for CPU-bound figures (TBT, LCP,
 * mobile performance, the profile) to mean anything.
 *
 * With --compare-dir, a second build (e.g. the previous commit's, built
 * elsewhere) is served next to build/ and measured in alternation with it, so
 * that both meet the same load.
 *
 * Writes bench/results/lighthouse.md.
 *
 * Usage: npm run bench -- [--port 8580] [--runs 3] [--pages /helpdesk/contact,/en/helpdesk/faq]
 *   [--form-factors mobile,desktop] [--skip-build] [--compare-dir DIR --compare-label LABEL]
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';
import {CHROMIUM_FLAGS, SYSTEM_CHROMIUM, launchBrowser} from '../tools/chromium.mjs';
import {serveBuild} from '../tools/server.mjs';

/** @typedef {import('lighthouse').Result} LighthouseResult */
/** @typedef {LighthouseResult['audits'][string]} AuditResult */
/** @typedef {LighthouseResult['categories'][string]} Category */
/** @typedef {import('../tools/server.mjs').RunningServer} RunningServer */

/** @typedef {'performance' | 'accessibility' | 'best-practices' | 'seo'} CategoryId */
/** @typedef {'fcp' | 'lcp' | 'tbt' | 'si' | 'cls' | 'jsBytes' | 'totalBytes' | 'requests' | 'benchmarkIndex'} Metric */

/**
 * The scores of a run (0–100 per category) and, for each category below 100, why.
 * @typedef {object} Scored
 * @property {Record<CategoryId, number>} scores
 * @property {Partial<Record<CategoryId, string[]>>} reasons
 */
/** @typedef {Scored & Record<Metric, number>} RunSummary */
/** @typedef {RunSummary & {path: string, formFactor: string, build: string, load: number}} LighthouseRun */
/** @typedef {Scored & Record<Metric, number> & {performances: number[], loads: number[]}} MedianRun */

/**
 * A row of the `network-requests` audit's table (Lighthouse types its rows only as generic table items).
 * @typedef {object} NetworkRequestItem
 * @property {string} url
 * @property {number} [transferSize]
 * @property {string} [resourceType]
 */

/**
 * A CPU profile as V8's `Profiler.stop` returns it: the protocol marks `samples` and `timeDeltas` optional, V8 always sends them.
 * @typedef {import('lighthouse').Crdp.Profiler.Profile & {samples: number[], timeDeltas: number[]}} CpuProfile
 */
/** @typedef {import('lighthouse').Crdp.Profiler.ProfileNode} ProfileNode */

/**
 * What the profiled page records about itself, as `window.__bench` (set up by an init script, read by `page.evaluate`).
 * @typedef {object} InPageBench
 * @property {number[]} longTasks the durations of the long tasks, ms
 * @property {number | null} bundleRanAt when Docusaurus' entry ran, ms after navigation start
 * @property {number | null} liveAt when the page was hydrated with every badge showing a state, ms after navigation start
 * @property {Promise<void>} [live] resolves at `liveAt` (set right after the object is created)
 */
/**
 * The profiled page's window: `__bench` is there once the init script has run, before the page's own scripts.
 * @typedef {Window & {__bench?: InPageBench}} BenchWindow
 */

/**
 * JavaScript time of one profiled load (`profileTimes`) and what the page recorded.
 * @typedef {object} HydrationProfile
 * @property {number} scriptMs
 * @property {number} gcMs
 * @property {[string, number][]} top the functions with the most self time, and their ms
 * @property {number[]} longTasks
 * @property {number | null} bundleRanAt
 * @property {number | null} liveAt
 * @property {number | null} fcp
 */
/** @typedef {HydrationProfile & {build: string, load: number}} ProfileRun */

/**
 * A build being measured; `origin` is set once its server runs.
 * @typedef {{label: string, dir: string, port: number, origin?: string}} Build
 */

const root = path.resolve(import.meta.dirname, '..');
const {values} = parseArgs({
  options: {
    port: {type: 'string', default: '8580'},
    runs: {type: 'string', default: '3'},
    pages: {type: 'string'},
    'form-factors': {type: 'string', default: 'mobile,desktop'},
    'skip-build': {type: 'boolean', default: false},
    'compare-dir': {type: 'string'},
    'compare-label': {type: 'string', default: 'compared build'},
  },
});
const PORT = Number(values.port);
const RUNS = Number(values.runs);
const REPORT = path.join(root, 'bench/results/lighthouse.md');

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * Lighthouse's own threshold (core/gather/driver/environment.js): at or below
 * this benchmark index the host CPU is too slow for its simulated throttling
 * to mean much. Per run, it catches other processes taking the CPU; the load
 * average cannot, since it counts the benchmark's own Chromium and Lighthouse
 * (1–3 on a quiet 2-core machine).
 */
const SLOW_HOST_BENCHMARK_INDEX = 1000;

/** The page whose hydration is profiled: live status, channel table, the heaviest hydration. */
const PROFILED_PAGE = '/helpdesk/contact';
/** The CPU slowdown of Lighthouse's mobile preset, applied to the profiled page. */
const PROFILE_CPU_SLOWDOWN = 4;

/** A default `create-docusaurus` classic site, as measured for the issue (not by this script). */
const BASELINE = {
  firstLoadJsKiB: 184.5,
  firstLoadTotalKiB: 204,
  mobilePerformance: '94–99',
};

/** @type {CategoryId[]} */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Record<string, import('lighthouse').Config | undefined>} */
const ALL_FORM_FACTORS = {mobile: undefined, desktop: desktopConfig};
const FORM_FACTORS = Object.fromEntries(values['form-factors'].split(',').map((name) => [name, ALL_FORM_FACTORS[name]]));
if (Object.keys(FORM_FACTORS).some((name) => !(name in ALL_FORM_FACTORS)) || !(RUNS >= 1)) {
  throw new Error(`usage: --form-factors mobile,desktop --runs N (N >= 1); got ${values['form-factors']}, ${values.runs}`);
}

function timedBuild() {
  const start = process.hrtime.bigint();
  execFileSync('npm', ['run', 'build'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * The pages of the site: the paths listed in each locale's sitemap.
 * @param {string} buildDir
 * @returns {string[]}
 */
function sitemapPaths(buildDir) {
  const files = ['sitemap.xml', 'en/sitemap.xml'];
  return files.flatMap((file) =>
    [...readFileSync(path.join(buildDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(/** @type {string} */ (match[1])).pathname,
    ),
  );
}

const kib = (/** @type {number} */ bytes) => bytes / 1024;
const fmt = (/** @type {number} */ value, digits = 1) => value.toFixed(digits);
const loadNow = () => /** @type {number} */ (os.loadavg()[0]);

/**
 * @param {number[]} numbers
 * @returns {number} NaN for no numbers
 */
function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // The indexes are in range but for an empty list, where undefined + undefined gives NaN.
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * The figures of one Lighthouse run that the report shows.
 * @param {LighthouseResult} lhr
 * @param {string} origin
 * @returns {RunSummary}
 */
function summarize(lhr, origin) {
  // Lighthouse's mobile and desktop configs run every category and every audit looked up here.
  const categoryById = (/** @type {CategoryId} */ id) => /** @type {Category} */ (lhr.categories[id]);
  const auditById = (/** @type {string} */ id) => /** @type {AuditResult} */ (lhr.audits[id]);
  const details = /** @type {{items?: NetworkRequestItem[]} | undefined} */ (auditById('network-requests').details);
  const requests = details?.items ?? [];
  const sameOrigin = requests.filter((request) => request.url.startsWith(origin));
  const bytes = (/** @type {NetworkRequestItem[]} */ items) =>
    items.reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  const scores = /** @type {Record<CategoryId, number>} */ (
    Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categoryById(id).score ?? 0) * 100)]))
  );
  /** @type {Partial<Record<CategoryId, string[]>>} */
  const reasons = {};
  for (const id of CATEGORIES) {
    if (scores[id] === 100) {
      continue;
    }
    reasons[id] = categoryById(id)
      .auditRefs.map((ref) => ({ref, audit: auditById(ref.id)}))
      .filter(({ref, audit}) => ref.weight > 0 && audit.score !== null && audit.score < 1)
      .map(
        ({audit}) =>
          // The score is not null: filtered above.
          `${audit.title} (${audit.id}${audit.displayValue ? `: ${audit.displayValue}` : ''}, score ${fmt(/** @type {number} */ (audit.score), 2)})`,
      );
    if (id === 'performance') {
      // Unweighted diagnostics that say where the time goes.
      const diagnostics = ['bootup-time', 'mainthread-work-breakdown', 'unused-javascript', 'render-blocking-resources']
        .map((diagnostic) => lhr.audits[diagnostic])
        .filter(/** @returns {audit is AuditResult} */ (audit) => Boolean(audit?.displayValue))
        .map((audit) => `${audit.id}: ${audit.displayValue}`);
      reasons[id].push(`diagnostics — ${diagnostics.join(', ')}`);
    }
  }
  const metric = (/** @type {string} */ id) => auditById(id).numericValue ?? NaN;
  return {
    scores,
    reasons,
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    si: metric('speed-index'),
    cls: metric('cumulative-layout-shift'),
    jsBytes: bytes(sameOrigin.filter((request) => request.resourceType === 'Script')),
    totalBytes: bytes(requests),
    requests: requests.length,
    // Lighthouse's own measure of how fast this machine was during the run (higher is faster).
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * The median of each figure over several runs of one page; the reasons of the run with the median score.
 * @param {LighthouseRun[]} runs at least one
 * @returns {MedianRun}
 */
function medianRun(runs) {
  const pick = (/** @type {Metric} */ field) => median(runs.map((run) => run[field]));
  const byScore = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const representative = /** @type {LighthouseRun} */ (byScore[Math.floor((byScore.length - 1) / 2)]);
  return {
    scores: /** @type {Record<CategoryId, number>} */ (
      Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id]))]))
    ),
    reasons: representative.reasons,
    .../** @type {Record<Metric, number>} */ (
      Object.fromEntries(
        /** @type {Metric[]} */ (['fcp', 'lcp', 'tbt', 'si', 'cls', 'jsBytes', 'totalBytes', 'requests', 'benchmarkIndex']).map(
          (field) => [field, pick(field)],
        ),
      )
    ),
    performances: runs.map((run) => run.scores.performance),
    loads: runs.map((run) => run.load),
  };
}

/**
 * One profiled load of PROFILED_PAGE: a fresh context (empty cache), 4× CPU
 * slowdown, V8's sampling profiler from before navigation until React has
 * hydrated and no live badge says `unknown` any more.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @returns {Promise<HydrationProfile>}
 */
async function profileHydration(browser, origin) {
  const context = await browser.newContext({
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      /** @type {InPageBench} */
      const bench = {longTasks: [], bundleRanAt: null, liveAt: null};
      /** @type {BenchWindow} */ (window).__bench = bench;
      new PerformanceObserver((list) => {
        bench.longTasks.push(...list.getEntries().map((entry) => entry.duration));
      }).observe({type: 'longtask', buffered: true});
      // Docusaurus' entry sets window.docusaurus first thing: the moment the bundle runs.
      Object.defineProperty(window, 'docusaurus', {
        configurable: true,
        get: () => undefined,
        set(value) {
          bench.bundleRanAt = performance.now();
          Object.defineProperty(window, 'docusaurus', {value, writable: true, configurable: true});
        },
      });
      // Live: hydrated, and every badge shows a state. Attribute changes only, so the parser's work costs nothing here.
      bench.live = new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          const live =
            document.documentElement.dataset.hasHydrated === 'true' &&
            document.querySelector('[data-channel-status]') !== null &&
            document.querySelector('[data-channel-status][data-state="unknown"]') === null;
          if (live) {
            bench.liveAt = performance.now();
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document, {subtree: true, attributes: true, attributeFilter: ['data-has-hydrated', 'data-state']});
        setTimeout(() => reject(new Error('the page never went live')), 120_000);
      });
    });
    // A page of the same origin first, so that the profiled navigation stays in this renderer.
    await page.goto(`${origin}/robots.txt`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: PROFILE_CPU_SLOWDOWN});
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 200});
    await cdp.send('Profiler.start');
    await page.goto(`${origin}${PROFILED_PAGE}`, {waitUntil: 'commit'});
    await page.evaluate(() => /** @type {InPageBench} */ (/** @type {BenchWindow} */ (window).__bench).live);
    const {profile} = await cdp.send('Profiler.stop');
    const inPage = await page.evaluate(() => {
      const bench = /** @type {InPageBench} */ (/** @type {BenchWindow} */ (window).__bench);
      return {
        longTasks: bench.longTasks,
        bundleRanAt: bench.bundleRanAt,
        liveAt: bench.liveAt,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      };
    });
    return {...profileTimes(/** @type {CpuProfile} */ (profile)), ...inPage};
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds of JavaScript (and of garbage collection) in a V8 CPU profile, and the functions that took the most self time.
 * @param {CpuProfile} profile
 */
function profileTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const selfMs = new Map();
  // timeDeltas[i + 1] is the time from sample i to the next: sample i's share.
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    selfMs.set(id, (selfMs.get(id) ?? 0) + delta);
  });
  let scriptMs = 0;
  let gcMs = 0;
  /** @type {Map<string, number>} */
  const functions = new Map();
  for (const [id, ms] of selfMs) {
    // Every sample is the id of one of the profile's nodes.
    const {functionName, url, lineNumber} = /** @type {ProfileNode} */ (nodes.get(id)).callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) {
      continue;
    }
    if (functionName === '(garbage collector)') {
      gcMs += ms;
      continue;
    }
    scriptMs += ms;
    const name = `${functionName || '(anonymous)'} ${url ? `${path.basename(new URL(url).pathname)}:${lineNumber + 1}` : '(native)'}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return {scriptMs, gcMs, top};
}

/**
 * The report's Markdown.
 * @param {object} measured
 * @param {Build[]} measured.builds
 * @param {string[]} measured.pages
 * @param {number} measured.rounds the rounds done so far
 * @param {LighthouseRun[]} measured.lighthouseRuns
 * @param {ProfileRun[]} measured.profiles
 * @param {{cold: number, warm: number} | undefined} measured.buildTimes seconds; undefined with --skip-build
 * @param {{docusaurus: string, lighthouse: string, chromium: string}} measured.versions
 * @param {number} measured.startLoad the 1-minute load average before the benchmark started
 * @returns {string}
 */
function report({builds, pages, rounds, lighthouseRuns, profiles, buildTimes, versions, startLoad}) {
  /** @type {string[]} */
  const lines = [];
  const push = (/** @type {string[]} */ ...text) => lines.push(...text);
  const cpus = os.cpus();
  const loads = [...lighthouseRuns.map((run) => run.load), ...profiles.map((run) => run.load)];
  const slowRuns = lighthouseRuns.filter((run) => run.benchmarkIndex <= SLOW_HOST_BENCHMARK_INDEX);
  const indexes = lighthouseRuns.map((run) => run.benchmarkIndex);
  push(
    '# Lighthouse benchmark',
    '',
    `Generated by \`npm run bench\` (bench/lighthouse.mjs) on ${new Date().toISOString()}.`,
    '',
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}. 1-minute load average before the benchmark started: ${fmt(startLoad)}; before each run (the benchmark's own Chromium and Lighthouse included): ${fmt(Math.min(...loads))}–${fmt(Math.max(...loads))} (median ${fmt(median(loads))}); load average at the end ${os
      .loadavg()
      .map((load) => fmt(load))
      .join(' / ')}.`,
    slowRuns.length > 0
      ? `- **The machine was too busy for the timings to mean much**: ${slowRuns.length} of ${lighthouseRuns.length} Lighthouse runs measured a benchmark index at or below ${SLOW_HOST_BENCHMARK_INDEX}, Lighthouse's own threshold for a host too slow for its simulated throttling (this report: ${fmt(Math.min(...indexes), 0)}–${fmt(Math.max(...indexes), 0)}). Other processes took CPU while Lighthouse measured, so TBT, LCP, mobile performance and the hydration profile are worse, and noisier, than on a quiet machine; bytes, CLS, accessibility, best practices and SEO are unaffected. Compare builds only within this report (they were measured in alternation), never with a quiet machine's figures.`
      : `- Every Lighthouse run measured a benchmark index above ${SLOW_HOST_BENCHMARK_INDEX}, Lighthouse's own threshold for a host too slow for its simulated throttling (this report: ${fmt(Math.min(...indexes), 0)}–${fmt(Math.max(...indexes), 0)}): the timings are those of a quiet machine.`,
    `- Node ${process.version}, Docusaurus ${versions.docusaurus}, Lighthouse ${versions.lighthouse}, ${versions.chromium}`,
    `- Builds: ${builds.map((build) => `**${build.label}** (\`${path.relative(root, build.dir) || '.'}\`)`).join(', ')}${builds.length > 1 ? ', measured in alternation' : ''}.`,
    '- Server: `scripts/serve.mjs --production` on loopback: gzip on the fly, `Cache-Control: public, max-age=31536000, immutable` on assets/, `no-cache` elsewhere — the caching of deploy/nginx; nginx also serves the precompressed brotli files, so production transfers somewhat fewer bytes than measured here',
    `- Lighthouse defaults: mobile = Moto G Power emulation with simulated slow 4G and 4× CPU slowdown; desktop = its desktop config. Each run starts with an empty cache, so bytes are first-load bytes. Every page ran ${rounds} time(s)${rounds < RUNS ? ` (of ${RUNS} planned: the report is rewritten after every round)` : ''}; the tables give the median of each figure, the performance score of every run and the load average before it. \`bench index\` is Lighthouse's measure of the machine's speed during the run (higher is faster).`,
    '',
  );
  if (buildTimes) {
    push(
      '## Build time',
      '',
      '| build | seconds |',
      '| --- | ---: |',
      `| cold: \`docusaurus clear\`, then \`npm run build\` (both locales, headers, precompression) | ${fmt(buildTimes.cold)} |`,
      `| warm: \`npm run build\` again | ${fmt(buildTimes.warm)} |`,
      '',
    );
  }
  push(
    '## Baseline',
    '',
    `A default Docusaurus classic site (from the issue, not measured here): first-load JS ${BASELINE.firstLoadJsKiB} KiB gzip, total ${BASELINE.firstLoadTotalKiB} KiB gzip, Lighthouse mobile performance ${BASELINE.mobilePerformance} behind a compressing server.`,
    '',
  );
  const medians = [];
  for (const formFactor of Object.keys(FORM_FACTORS)) {
    push(
      `## ${formFactor} (median of ${rounds})`,
      '',
      '| page | build | perf | a11y | best practices | SEO | FCP ms | LCP ms | TBT ms | SI ms | CLS | JS KiB | all KiB | requests | perf per run | load per run | bench index |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |',
    );
    for (const pagePath of pages) {
      for (const build of builds) {
        const runs = lighthouseRuns.filter(
          (run) => run.formFactor === formFactor && run.path === pagePath && run.build === build.label,
        );
        const m = {path: pagePath, formFactor, build: build.label, ...medianRun(runs)};
        medians.push(m);
        const s = m.scores;
        push(
          `| \`${pagePath}\` | ${build.label} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${fmt(m.fcp, 0)} | ${fmt(m.lcp, 0)} | ${fmt(m.tbt, 0)} | ${fmt(m.si, 0)} | ${fmt(m.cls, 3)} | ${fmt(kib(m.jsBytes))} | ${fmt(kib(m.totalBytes))} | ${m.requests} | ${m.performances.join(', ')} | ${m.loads.map((load) => fmt(load)).join(', ')} | ${fmt(m.benchmarkIndex, 0)} |`,
        );
      }
    }
    push(
      `| **baseline** | | ${formFactor === 'mobile' ? BASELINE.mobilePerformance : '–'} | | | | | | | | | ${BASELINE.firstLoadJsKiB} | ${BASELINE.firstLoadTotalKiB} | | | | |`,
      '',
    );
  }
  if (profiles.length > 0) {
    push(
      `## Hydration of \`${PROFILED_PAGE}\` (CPU profile, ${PROFILE_CPU_SLOWDOWN}× slowdown, median of ${rounds})`,
      '',
      `Chromium driven by Playwright, a phone-sized viewport, an empty cache, \`Emulation.setCPUThrottlingRate\` ${PROFILE_CPU_SLOWDOWN}, V8's sampling profiler from navigation until React has hydrated and no live badge says \`unknown\`. *JS ms* is the main thread's JavaScript self time in that window (idle and "(program)" left out), *GC ms* its garbage collection, *blocking ms* the sum over long tasks of their time beyond 50 ms (TBT without the FCP bound), *FCP* and *bundle ran* and *live* are milliseconds after navigation start (the bundle's entry running; hydrated with every badge showing a state). Network is not throttled.`,
      '',
      '| build | JS ms | GC ms | long tasks | blocking ms | FCP | bundle ran | live | JS ms per run | load per run |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    );
    for (const build of builds) {
      const runs = profiles.filter((run) => run.build === build.label);
      const at = (/** @type {'scriptMs' | 'gcMs' | 'fcp' | 'bundleRanAt' | 'liveAt'} */ field) =>
        fmt(median(runs.map((run) => run[field] ?? NaN)), 0);
      push(
        `| ${build.label} | ${at('scriptMs')} | ${at('gcMs')} | ${fmt(median(runs.map((run) => run.longTasks.length)), 0)} | ${fmt(median(runs.map((run) => run.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0))), 0)} | ${at('fcp')} | ${at('bundleRanAt')} | ${at('liveAt')} | ${runs.map((run) => fmt(run.scriptMs, 0)).join(', ')} | ${runs.map((run) => fmt(run.load)).join(', ')} |`,
      );
    }
    push('');
    for (const build of builds) {
      const runs = profiles.filter((run) => run.build === build.label);
      const representative = /** @type {ProfileRun} */ (
        [...runs].sort((a, b) => a.scriptMs - b.scriptMs)[Math.floor((runs.length - 1) / 2)]
      );
      push(
        `Most self time, ${build.label} (the run with the median JS time): ${representative.top.map(([name, ms]) => `\`${name}\` ${fmt(ms, 0)} ms`).join(', ')}.`,
        '',
      );
    }
  }
  push('## Below 100 (median scores; the reasons of the run with the median performance score)', '');
  const below = medians.filter((run) => Object.values(run.scores).some((score) => score < 100));
  if (below.length === 0) {
    push('Every page scores 100 in all four categories in every form factor measured.');
  }
  for (const run of below) {
    for (const [category, reasons] of /** @type {[CategoryId, string[]][]} */ (Object.entries(run.reasons))) {
      push(
        `- \`${run.path}\` ${run.formFactor}, ${run.build}, ${category} ${run.scores[category]}: ${reasons.join('; ') || 'no weighted audit below 1 (rounding)'}`,
      );
    }
  }
  push('');
  return lines.join('\n');
}

async function main() {
  const startLoad = loadNow();
  const version = (/** @type {string} */ file) =>
    /** @type {{version: string}} */ (JSON.parse(readFileSync(path.join(root, file), 'utf8'))).version;
  const versions = {
    docusaurus: version('node_modules/@docusaurus/core/package.json'),
    lighthouse: version('node_modules/lighthouse/package.json'),
    // No Chromium at all: execFileSync throws.
    chromium: execFileSync(
      /** @type {string} */ (SYSTEM_CHROMIUM ?? chromeLauncher.Launcher.getFirstInstallation()),
      ['--version'],
      {encoding: 'utf8'},
    ).trim(),
  };

  /** @type {{cold: number, warm: number} | undefined} */
  let buildTimes;
  if (!values['skip-build']) {
    console.log('cold build…');
    execFileSync('npx', ['docusaurus', 'clear'], {cwd: root, stdio: 'ignore'});
    const cold = timedBuild();
    console.log(`cold build ${fmt(cold)} s; warm build…`);
    buildTimes = {cold, warm: timedBuild()};
    console.log(`warm build ${fmt(buildTimes.warm)} s`);
  }

  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim();
  /** @type {Build[]} */
  const builds = [{label: `this build (${head})`, dir: path.join(root, 'build'), port: PORT}];
  if (values['compare-dir']) {
    builds.push({label: values['compare-label'], dir: path.resolve(values['compare-dir']), port: PORT + 1});
  }
  const pages = values.pages ? values.pages.split(',') : sitemapPaths(/** @type {Build} */ (builds[0]).dir);

  const servers = await Promise.all(builds.map((build) => serveBuild(build.dir, build.port, {production: true})));
  builds.forEach((build, index) => (build.origin = /** @type {RunningServer} */ (servers[index]).origin));
  const chrome = await chromeLauncher.launch({chromePath: SYSTEM_CHROMIUM, chromeFlags: CHROME_FLAGS});
  const browser = await launchBrowser();
  try {
    /** @type {LighthouseRun[]} */
    const lighthouseRuns = [];
    /** @type {ProfileRun[]} */
    const profiles = [];
    // Round after round, every build in turn: slow drifts of the load hit all builds alike.
    for (let round = 1; round <= RUNS; round += 1) {
      for (const pagePath of pages) {
        for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
          for (const build of builds) {
            const load = loadNow();
            const result = await lighthouse(
              `${build.origin}${pagePath}`,
              {port: chrome.port, output: 'json', logLevel: 'error'},
              config,
            );
            if (!result || result.lhr.runtimeError) {
              throw new Error(
                `Lighthouse failed on ${pagePath} (${formFactor}, ${build.label}): ${result?.lhr.runtimeError?.message ?? 'no result'}`,
              );
            }
            const run = {
              path: pagePath,
              formFactor,
              build: build.label,
              load,
              ...summarize(result.lhr, /** @type {string} */ (build.origin)),
            };
            console.log(
              `round ${round} ${pagePath} ${formFactor} ${build.label}: ${CATEGORIES.map((id) => run.scores[id]).join(' / ')} (load ${fmt(load)})`,
            );
            lighthouseRuns.push(run);
          }
        }
      }
      for (const build of builds) {
        const load = loadNow();
        const profile = {build: build.label, load, ...(await profileHydration(browser, /** @type {string} */ (build.origin)))};
        console.log(`round ${round} hydration profile ${build.label}: JS ${fmt(profile.scriptMs, 0)} ms (load ${fmt(load)})`);
        profiles.push(profile);
      }
      // After every round, so that an interrupted benchmark still leaves its medians so far.
      writeFileSync(REPORT, report({builds, pages, rounds: round, lighthouseRuns, profiles, buildTimes, versions, startLoad}));
      console.log(`wrote ${path.relative(root, REPORT)} (${round} of ${RUNS} rounds)`);
    }
  } finally {
    await browser.close();
    await chrome.kill();
    await Promise.all(servers.map((server) => server.close()));
  }
}

await main();
