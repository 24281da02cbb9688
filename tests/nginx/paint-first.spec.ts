/**
 * The paint-first loader (plugins/paint-first) under nginx's real
 * Content-Security-Policy: the policy allows the loader by its hash (one hash,
 * the same text on every page), and the bundle it starts after the first
 * contentful paint hydrates every page of both locales without a single
 * violation.
 */
import {expect, test} from '@playwright/test';
import {cspHash, inlineCode} from '../../deploy/headers.cjs';
import {fileForUrlPath, readBuilt} from '../e2e/builtSite';
import {PAGES, collectProblems, recordCspViolations, waitForHydration} from '../e2e/support';

/** The loader's text as the build inlines it: the inline script that starts the preloads. */
function loaderOf(path: string): string {
  const loaders = inlineCode(readBuilt(fileForUrlPath(path)!)).scripts.filter((script) => script.includes('data-paint-first'));
  expect(loaders, `one loader in ${path}`).toHaveLength(1);
  return loaders[0]!;
}

for (const {path, locale} of PAGES) {
  test(`${path} (${locale}): the CSP allows the loader, and the bundle it starts after the first paint hydrates without a violation`, async ({
    page,
    baseURL,
  }) => {
    const loader = loaderOf(path);
    const violations = await recordCspViolations(page);
    const {problems} = collectProblems(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      // Docusaurus' entry sets window.docusaurus first thing: the moment the bundle runs.
      const record = window as unknown as {__bundleRanAt?: number};
      Object.defineProperty(window, 'docusaurus', {
        configurable: true,
        get: () => undefined,
        set(value: unknown) {
          record.__bundleRanAt = performance.now();
          Object.defineProperty(window, 'docusaurus', {value, writable: true, configurable: true});
        },
      });
    });
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain(cspHash(loader));
    await waitForHydration(page);
    const {bundleRanAt, firstContentfulPaint} = await page.evaluate(() => ({
      bundleRanAt: (window as unknown as {__bundleRanAt?: number}).__bundleRanAt ?? null,
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    expect(firstContentfulPaint).not.toBeNull();
    expect(bundleRanAt).not.toBeNull();
    expect(bundleRanAt!).toBeGreaterThanOrEqual(firstContentfulPaint!);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('every page of both locales inlines the same loader: one hash', () => {
  expect(new Set(PAGES.map(({path}) => loaderOf(path))).size).toBe(1);
});
