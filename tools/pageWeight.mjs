// @ts-check
/**
 * First-load weight of a page of the built site: every same-origin file the
 * browser fetches to show and hydrate the page until the network is quiet,
 * without any interaction (the runtime loads route chunks itself, so the HTML
 * alone does not list them), each with its gzip size. Bytes are deterministic,
 * so tests may hold them to a budget.
 *
 * Shared by the budget test (tests/e2e/weight.spec.ts) and the benchmarks in
 * bench/, so that both measure the same way.
 */
import {gzipSync} from 'node:zlib';

/**
 * @typedef {object} LoadedFile
 * @property {string} path URL path of the file.
 * @property {string} type Playwright's resource type (document, stylesheet, script, image, font…), or `prefetch`.
 * @property {number} gzipBytes
 */

/**
 * @typedef {object} FirstLoad
 * @property {LoadedFile[]} files What the page itself fetched to show and hydrate.
 * @property {LoadedFile[]} prefetched Chunks of linked pages that Docusaurus prefetches at idle priority; the total budget counts them.
 */

/**
 * The page-weight budgets, in KiB of gzip. The single place they live: the
 * test and bench/weight.mjs read them from here.
 */
export const BUDGET_KIB = Object.freeze({
  /** First-load JavaScript of JS_BUDGET_ROUTE in each locale. */
  contactJs: 160,
  /** Everything a page loads first (HTML, CSS, JS, images, fonts) and the chunks it prefetches at idle, every page in each locale. */
  total: 200,
});

/** The route whose JavaScript has its own budget: the heaviest page (live status, channel table, QR codes). */
export const JS_BUDGET_ROUTE = '/helpdesk/contact';

/**
 * The level scripts/precompress.mjs writes the .gz files nginx sends with
 * (node:zlib's maximum); at nginx's common on-the-fly level 6 this site's
 * JavaScript comes out 0.2 % larger.
 */
export const GZIP_LEVEL = 9;

/** How long the network must stay silent, after hydration, for the page to count as loaded. */
const QUIET_MS = 500;

/** @param {Uint8Array} bytes */
export function gzipSize(bytes) {
  return gzipSync(bytes, {level: GZIP_LEVEL}).length;
}

/**
 * Bytes as KiB with one decimal, as budgets and reports give them.
 * @param {number} bytes
 */
export function kib(bytes) {
  return Math.round((bytes / 1024) * 10) / 10;
}

/**
 * Gzip bytes of `files`, of one resource `type` only when given.
 * @param {readonly LoadedFile[]} files
 * @param {string} [type]
 */
export function sum(files, type) {
  return files.filter((file) => !type || file.type === type).reduce((total, file) => total + file.gzipBytes, 0);
}

/**
 * `<link rel=prefetch>` requests: Chromium marks them with `Sec-Purpose: prefetch`.
 * @param {import('@playwright/test').Request} request
 */
function isPrefetch(request) {
  return (request.headers()['sec-purpose'] ?? '').includes('prefetch');
}

/**
 * Opens `url` (absolute, or relative to the page's baseURL) and lists the files
 * of its origin that the browser fetched until the network stayed quiet for
 * QUIET_MS after hydration, with the gzip size of each file's bytes.
 * Chunks that Docusaurus prefetches for linked pages are listed apart; a file
 * both prefetched and loaded for real counts once, as loaded.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<FirstLoad>}
 */
export async function firstLoad(page, url) {
  /** @typedef {Map<string, {url: string, type: string}>} Seen */
  /** @type {Seen} */
  const loaded = new Map();
  /** @type {Seen} */
  const prefetched = new Map();
  /** @type {string | undefined} */
  let origin;
  let inFlight = 0;
  let lastActivity = Date.now();
  const onRequest = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onRequestDone = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  /** @param {import('@playwright/test').Response} response */
  const onResponse = (response) => {
    const request = response.request();
    const url = new URL(response.url());
    origin ??= url.origin;
    // Redirects have no body; the file they lead to is listed when it arrives.
    if (url.origin !== origin || response.status() >= 300) {
      return;
    }
    const files = isPrefetch(request) ? prefetched : loaded;
    if (!files.has(url.pathname)) {
      files.set(url.pathname, {url: url.href, type: files === prefetched ? 'prefetch' : request.resourceType()});
    }
  };
  page.on('request', onRequest);
  page.on('requestfinished', onRequestDone);
  page.on('requestfailed', onRequestDone);
  page.on('response', onResponse);
  try {
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
      await page.waitForTimeout(50);
    }
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onRequestDone);
    page.off('requestfailed', onRequestDone);
    page.off('response', onResponse);
  }
  // The bytes are fetched again outside the browser: Chromium hands Playwright
  // no body for prefetched files, and the server's bytes are what gzip would send.
  /** @param {Iterable<[string, {url: string, type: string}]>} files */
  const measure = async (files) =>
    Promise.all(
      [...files].map(async ([path, {url: fileUrl, type}]) => {
        const response = await page.request.get(fileUrl);
        if (!response.ok()) {
          throw new Error(`${fileUrl} answered ${response.status()} on the second fetch`);
        }
        return {path, type, gzipBytes: gzipSize(await response.body())};
      }),
    );
  return {
    files: await measure(loaded),
    prefetched: await measure([...prefetched].filter(([path]) => !loaded.has(path))),
  };
}
