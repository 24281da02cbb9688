// @ts-check
/**
 * The measuring browser and one Lighthouse run: the figures of the performance
 * category that the report shows, and where the main thread's time went.
 */
import {execFileSync} from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';
import {BENCH_CHROMIUM_FLAGS, SYSTEM_CHROMIUM} from '../tools/chromium.mjs';

/** @typedef {import('lighthouse').Result} LighthouseResult */
/** @typedef {LighthouseResult['audits'][string]} AuditResult */

/** @type {Record<string, import('lighthouse').Config | undefined>} */
export const FORM_FACTORS = {mobile: undefined, desktop: desktopConfig};

/**
 * A long task of Lighthouse's `long-tasks` audit (times simulated at the run's CPU slowdown).
 * @typedef {{url: string, startTime: number, duration: number}} LongTask
 */
/**
 * A script of the `bootup-time` audit: main-thread ms in total, evaluating, parsing and compiling.
 * @typedef {{url: string, total: number, scripting: number, scriptParseCompile: number}} Bootup
 */
/**
 * The figures of one run.
 * @typedef {object} RunSummary
 * @property {number} performance the category's score, 0–100
 * @property {number} fcp
 * @property {number} lcp
 * @property {number} tbt
 * @property {number} si
 * @property {number} cls
 * @property {number} jsBytes same-origin scripts, bytes transferred
 * @property {number} totalBytes
 * @property {number} styleLayout `mainthread-work-breakdown`: style and layout, ms
 * @property {number} scriptEvaluation ms
 * @property {number} scriptParseCompile ms
 * @property {LongTask[]} longTasks
 * @property {Bootup[]} bootup
 * @property {number} benchmarkIndex Lighthouse's measure of this machine's speed during the run (higher is faster)
 */

/**
 * A row of a table audit (Lighthouse types them only as generic table items).
 * @typedef {Record<string, unknown>} Item
 */

/**
 * Debian's Chromium (or chrome-launcher's find), headless, with the benchmark's flags.
 * chrome-launcher's defaults disable features too; rather than leave it to Chromium
 * which of two `--disable-features` counts, the lists are merged into one.
 */
export function launchChrome() {
  const flags = [...chromeLauncher.Launcher.defaultFlags(), '--headless=new', ...BENCH_CHROMIUM_FLAGS];
  const prefix = '--disable-features=';
  const disabled = flags.filter((flag) => flag.startsWith(prefix)).flatMap((flag) => flag.slice(prefix.length).split(','));
  return chromeLauncher.launch({
    chromePath: SYSTEM_CHROMIUM,
    ignoreDefaultFlags: true,
    chromeFlags: [...flags.filter((flag) => !flag.startsWith(prefix)), `${prefix}${[...new Set(disabled)].join(',')}`],
  });
}

/** The measuring browser's version line (no Chromium at all: execFileSync throws). */
export function chromeVersion() {
  const chrome = /** @type {string} */ (SYSTEM_CHROMIUM ?? chromeLauncher.Launcher.getFirstInstallation());
  return execFileSync(chrome, ['--version'], {encoding: 'utf8'}).trim();
}

/**
 * The rows of a table audit.
 * @param {LighthouseResult} lhr
 * @param {string} id
 * @returns {Item[]}
 */
function items(lhr, id) {
  const details = /** @type {{items?: Item[]} | undefined} */ (lhr.audits[id]?.details);
  return details?.items ?? [];
}

/**
 * Lighthouse's performance category on `url`, in the browser on `port`.
 * @param {number} port
 * @param {string} url
 * @param {string} formFactor a key of FORM_FACTORS
 * @returns {Promise<RunSummary>}
 */
export async function runLighthouse(port, url, formFactor) {
  const result = await lighthouse(
    url,
    {port, output: 'json', logLevel: 'error', onlyCategories: ['performance']},
    FORM_FACTORS[formFactor],
  );
  if (!result || result.lhr.runtimeError) {
    throw new Error(`Lighthouse failed on ${url} (${formFactor}): ${result?.lhr.runtimeError?.message ?? 'no result'}`);
  }
  const {lhr} = result;
  const origin = new URL(url).origin;
  const local = (/** @type {unknown} */ address) => String(address).replace(origin, '');
  const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = items(lhr, 'network-requests');
  const bytes = (/** @type {Item[]} */ rows) => rows.reduce((sum, row) => sum + Number(row.transferSize ?? 0), 0);
  const work = (/** @type {string} */ group) =>
    Number(items(lhr, 'mainthread-work-breakdown').find((row) => row.group === group)?.duration ?? 0);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    si: metric('speed-index'),
    cls: metric('cumulative-layout-shift'),
    jsBytes: bytes(requests.filter((row) => String(row.url).startsWith(origin) && row.resourceType === 'Script')),
    totalBytes: bytes(requests),
    styleLayout: work('styleLayout'),
    scriptEvaluation: work('scriptEvaluation'),
    scriptParseCompile: work('scriptParseCompile'),
    longTasks: items(lhr, 'long-tasks').map((row) => ({
      url: local(row.url),
      startTime: Number(row.startTime),
      duration: Number(row.duration),
    })),
    bootup: items(lhr, 'bootup-time').map((row) => ({
      url: local(row.url),
      total: Number(row.total),
      scripting: Number(row.scripting),
      scriptParseCompile: Number(row.scriptParseCompile),
    })),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}
