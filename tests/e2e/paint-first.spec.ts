/**
 * Paint first, hydrate after (plugins/paint-first): every built page keeps its
 * bundle as preloads and starts it with one inline loader, the same text on
 * every page; in the browser the bundle runs only after the first contentful
 * paint, in its original order, and the page still hydrates and goes live —
 * also where paint timing is missing and in a hidden tab. No timings: only the
 * order of events.
 */
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {expect, test, type Page} from '@playwright/test';
import {FIRST_PAINT_AFTER_ID} from '../../plugins/paint-first';
import {builtHtmlFiles, fileForUrlPath, readBuilt} from '../shared/builtSite';
import {tagsWithAttribute} from '../shared/html';
import {bundleAndPaint, recordBundleStart} from './paintFirst';
import {
  collectProblems,
  describeShifts,
  layoutShifts,
  localePath,
  recordLayoutShifts,
  renderedStates,
  shiftTotal,
  waitForHydration,
  type Locale,
} from './support';

const PRELOAD = /<link rel=preload href="([^"]+)" as=script data-paint-first>/g;

/** The bodies of a document's executable inline scripts that start scripts from the preloads. */
function loaderBodies(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((body) => body.includes('data-paint-first'));
}

test.describe('the built HTML', () => {
  const files = builtHtmlFiles();

  test('every page of both locales has its bundle as preloads and no script that runs before the first paint', () => {
    expect(files.filter((file) => file.startsWith('en/')).length).toBeGreaterThan(0);
    for (const file of files) {
      const html = readBuilt(file);
      expect(html, file).not.toMatch(/<script\b[^>]*\ssrc=/);
      const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1]!);
      expect(preloads.length, `${file}: preloads`).toBeGreaterThanOrEqual(2);
      expect(
        preloads.some((href) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(href)),
        `${file}: main.js preloaded`,
      ).toBe(true);
      expect(loaderBodies(html), `${file}: one loader`).toHaveLength(1);
    }
  });

  test('every page holds its first frame back until the navbar is parsed', () => {
    for (const file of builtHtmlFiles()) {
      const html = readBuilt(file);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(tagsWithAttribute(head, 'blocking'), file).toContainEqual({
        rel: 'expect',
        href: `#${FIRST_PAINT_AFTER_ID}`,
        blocking: 'render',
      });
      // The element it waits for opens right after the navbar.
      const navbarEnd = html.indexOf('</nav>');
      expect(navbarEnd, `${file}: a navbar`).toBeGreaterThan(0);
      expect(html.indexOf(`id=${FIRST_PAINT_AFTER_ID}`), `${file}: #${FIRST_PAINT_AFTER_ID} right after it`).toBe(
        navbarEnd + '</nav>'.length + '<div '.length,
      );
    }
  });

  test('the loader is the same text on every page, so the CSP needs one hash for it', () => {
    const bodies = new Set(files.flatMap((file) => loaderBodies(readBuilt(file))));
    expect(bodies.size).toBe(1);
  });
});

/** The scripts the loader inserted and the preloads they came from, in document order. */
async function scriptsAndPreloads(page: Page) {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => ({
      src: script.getAttribute('src')!,
      async: script.async,
    })),
    preloads: [...document.querySelectorAll('link[data-paint-first]')].map((link) => link.getAttribute('href')!),
  }));
}

/** Hydrated, the page's live badges rendered, and every one of them left `unknown`. */
async function expectLive(page: Page): Promise<void> {
  await waitForHydration(page);
  // Until the badges are there (after a client-side navigation, the new route may not have rendered yet)
  // there is nothing to check: waiting only for "no badge is unknown" would pass on an empty page.
  await expect
    .poll(async () => {
      const states = Object.values(await renderedStates(page)).flat();
      return states.length === 0 ? ['(no badge rendered yet)'] : states.filter((state) => state === 'unknown');
    })
    .toEqual([]);
}

const PAGES: {route: string; locale: Locale}[] = [
  {route: '/helpdesk/contact', locale: 'zh-Hans'},
  {route: '/helpdesk/contact', locale: 'en'},
  {route: '/', locale: 'en'},
];

for (const {route, locale} of PAGES) {
  const path = localePath(route, locale);
  test(`${path}: the bundle runs after the first contentful paint, in order, and the page goes live`, async ({
    page,
    baseURL,
  }) => {
    const {problems} = collectProblems(page, new URL(baseURL!).origin);
    await recordBundleStart(page);
    await page.goto(path);
    await expectLive(page);
    const {bundleRanAt, firstContentfulPaint} = await bundleAndPaint(page);
    expect(firstContentfulPaint, 'first contentful paint').not.toBeNull();
    expect(bundleRanAt, 'the bundle ran').not.toBeNull();
    expect(bundleRanAt!).toBeGreaterThanOrEqual(firstContentfulPaint!);
    // Each preload became a script once, in the same order, executed in insertion order.
    const {scripts, preloads} = await scriptsAndPreloads(page);
    expect(scripts.map((script) => script.src)).toEqual(preloads);
    expect(scripts.every((script) => !script.async)).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('without paint timing, the loader starts the bundle after the next frame and the page goes live', async ({
  page,
  baseURL,
}) => {
  const {problems} = collectProblems(page, new URL(baseURL!).origin);
  await page.addInitScript(() => {
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {get: () => []});
    // The first animation frame after DOMContentLoaded. Registered before the loader's listener, so its
    // callback runs first in that frame. (That frame's paint need not be the contentful one: under load
    // the first contentful paint can come frames later, which a page without paint timing cannot see.)
    document.addEventListener('DOMContentLoaded', () => {
      requestAnimationFrame(() => {
        (window as unknown as {__firstFrameAt: number}).__firstFrameAt = performance.now();
      });
    });
  });
  await recordBundleStart(page);
  await page.goto('/helpdesk/contact');
  await expectLive(page);
  const {bundleRanAt} = await bundleAndPaint(page);
  const firstFrameAt = await page.evaluate(() => (window as unknown as {__firstFrameAt?: number}).__firstFrameAt);
  expect(firstFrameAt).toBeDefined();
  expect(bundleRanAt!).toBeGreaterThan(firstFrameAt!);
  expect(problems).toEqual([]);
});

/**
 * A page whose paint entries never arrive, as in a hidden tab (which draws
 * nothing), and whose visibility the test sets through `window.__visibility`.
 */
async function withoutPaints(page: Page, visibility: DocumentVisibilityState): Promise<void> {
  await page.addInitScript((initial) => {
    const state = window as unknown as {__visibility: DocumentVisibilityState};
    state.__visibility = initial;
    Object.defineProperty(document, 'visibilityState', {get: () => state.__visibility});
    const silent = class {
      static readonly supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      observe() {}
      disconnect() {}
    };
    Object.defineProperty(window, 'PerformanceObserver', {value: silent});
  }, visibility);
}

test('a tab hidden when the document is parsed starts the bundle at DOMContentLoaded and goes live', async ({
  page,
  baseURL,
}) => {
  const {problems} = collectProblems(page, new URL(baseURL!).origin);
  await withoutPaints(page, 'hidden');
  await page.goto('/en/helpdesk/contact');
  await expectLive(page);
  expect(problems).toEqual([]);
});

test('a visible tab waits for a paint; hiding it starts the bundle', async ({page, baseURL}) => {
  const {problems} = collectProblems(page, new URL(baseURL!).origin);
  await withoutPaints(page, 'visible');
  await recordBundleStart(page);
  await page.goto('/helpdesk/contact', {waitUntil: 'load'});
  // A few frames after the load event: no paint entry has come, so the loader still waits.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect((await bundleAndPaint(page)).bundleRanAt).toBeNull();
  await page.evaluate(() => {
    (window as unknown as {__visibility: DocumentVisibilityState}).__visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expectLive(page);
  expect(problems).toEqual([]);
});

test('client-side navigation still works after a paint-first load', async ({page, baseURL}) => {
  const {problems} = collectProblems(page, new URL(baseURL!).origin);
  await page.goto('/helpdesk/faq');
  await waitForHydration(page);
  await page.evaluate(() => {
    (window as unknown as {__samePage?: boolean}).__samePage = true;
  });
  await page.locator('.navbar').getByRole('link', {name: '联系我们'}).click();
  await page.waitForURL((url) => url.pathname === '/helpdesk/contact');
  await expectLive(page);
  // No reload: the window of the first page is still there.
  expect(await page.evaluate(() => (window as unknown as {__samePage?: boolean}).__samePage)).toBe(true);
  expect(problems).toEqual([]);
});

test.describe('a document that arrives in two parts, split inside the navbar', () => {
  const SECOND_PART_DELAY_MS = 1000;
  let server: Server;
  let slowOrigin = '';

  // The site through a second port; `?split=N` sends an HTML page's first N characters, then the rest a second later.
  test.beforeAll(async ({baseURL}) => {
    server = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const upstream = await fetch(`${baseURL}${url.pathname}`, {headers: {'accept-encoding': 'identity'}});
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      const body = Buffer.from(await upstream.arrayBuffer());
      response.writeHead(upstream.status, {'Content-Type': type});
      if (!type.startsWith('text/html')) {
        response.end(body);
        return;
      }
      // `&strip`: the page without its rel=expect tag, as a browser that ignores it would draw it.
      const html = url.searchParams.has('strip') ? body.toString().replace(/<link rel=expect [^>]*>/, '') : body.toString();
      const split = Number(url.searchParams.get('split') ?? html.length);
      response.write(html.slice(0, split));
      setTimeout(() => response.end(html.slice(split)), SECOND_PART_DELAY_MS);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    slowOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  for (const {route, locale} of PAGES) {
    const path = localePath(route, locale);
    test(`${path}: the first frame shows the whole navbar and nothing moves`, async ({browser}) => {
      const html = readBuilt(fileForUrlPath(path)!);
      // Between the navbar's right-hand items: the colour-mode toggle has not arrived yet.
      const split = html.indexOf('colorModeToggle');
      expect(split).toBeGreaterThan(html.indexOf('<nav'));

      const firstFrame = async (query: string) => {
        const context = await browser.newContext({viewport: {width: 1280, height: 800}});
        const page = await context.newPage();
        // Registered before the clock, which fakes requestAnimationFrame: this frame is the browser's first.
        await page.addInitScript((id) => {
          requestAnimationFrame(() => {
            (window as unknown as {__navbarWhole: boolean}).__navbarWhole = document.getElementById(id) !== null;
          });
        }, FIRST_PAINT_AFTER_ID);
        // A fixed instant: this test is about the navbar, not about how long the live badges' text is then.
        await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+08:00'));
        await recordLayoutShifts(page);
        await page.goto(`${slowOrigin}${path}?split=${split}${query}`);
        await waitForHydration(page);
        const shifts = await layoutShifts(page);
        const navbarWhole = await page.evaluate(() => (window as unknown as {__navbarWhole: boolean}).__navbarWhole);
        await context.close();
        return {shifts, navbarWhole};
      };

      // Without the tag the browser draws what it has: half a navbar (so this test sees what it checks).
      expect((await firstFrame('&strip')).navbarWhole, 'without rel=expect').toBe(false);
      const {shifts, navbarWhole} = await firstFrame('');
      expect(navbarWhole, 'the first frame waited for the main wrapper').toBe(true);
      expect(shiftTotal(shifts), describeShifts(shifts)).toBe(0);
    });
  }
});
