// @ts-check
/**
 * The hydration profile: one load of the contact page (live status, channel table, the
 * heaviest hydration) under 4× CPU slowdown, with V8's sampling profiler running from
 * navigation until React has hydrated and no live badge says `unknown`. Driven with
 * Playwright, connected to the measuring browser (so with its flags) for the length of
 * the profiles only: attached to the browser, Playwright would also instrument the
 * pages Lighthouse measures.
 */
import path from 'node:path';
import {chromium} from '@playwright/test';

/** The page whose hydration is profiled. */
export const PROFILED_PAGE = '/helpdesk/contact';
/** The CPU slowdown of Lighthouse's mobile preset, applied to the profiled page. */
export const PROFILE_CPU_SLOWDOWN = 4;

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
 * One profile of PROFILED_PAGE per origin, in the browser that listens for DevTools on `port`.
 * @param {number} port
 * @param {string[]} origins
 * @returns {Promise<HydrationProfile[]>}
 */
export async function profileHydrations(port, origins) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    /** @type {HydrationProfile[]} */
    const profiles = [];
    for (const origin of origins) {
      profiles.push(await profileHydration(browser, origin));
    }
    return profiles;
  } finally {
    // Connected, not launched: this disconnects and leaves the browser running.
    await browser.close();
  }
}
