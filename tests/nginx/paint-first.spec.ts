/**
 * The paint-first loader (plugins/paint-first) under nginx's real
 * Content-Security-Policy: the policy allows the loader by its hash (one hash,
 * the same text on every page), and the bundle it starts after the first
 * contentful paint hydrates every page of both locales without a single
 * violation.
 */
import {expect, test} from '@playwright/test';
import {cspHash, inlineCode} from '../../deploy/headers.cjs';
import {fileForUrlPath, readBuilt} from '../shared/builtSite';
import {bundleAndPaint, recordBundleStart} from '../e2e/paintFirst';
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
    await recordBundleStart(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain(cspHash(loader));
    await waitForHydration(page);
    const {bundleRanAt, firstContentfulPaint} = await bundleAndPaint(page);
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
