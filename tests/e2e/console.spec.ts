/**
 * Every page in both locales loads and hydrates cleanly: no console error or
 * warning, no uncaught exception, no failed request to the site itself, and
 * above all no hydration mismatch (the live status must not differ between
 * server HTML and the first client render).
 */
import {expect, test} from '@playwright/test';
import {
  HYDRATION_PROBLEM,
  LOCALES,
  PAGES,
  SEARCH_PAGE_RESULT,
  collectProblems,
  localePath,
  searchQuery,
  waitForHydration,
} from './support';

for (const {path, locale} of PAGES) {
  test(`${path} (${locale}) loads and hydrates without console problems`, async ({page, baseURL}) => {
    const origin = new URL(baseURL!).origin;
    const {problems, all} = collectProblems(page, origin);

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    // Let the first live-status render and any lazy chunk or image settle.
    await page.waitForLoadState('networkidle');

    expect(
      all.filter((message) => HYDRATION_PROBLEM.test(message)),
      'hydration mismatch messages',
    ).toEqual([]);
    expect(problems, `console errors/warnings, page errors and failed requests on ${path}`).toEqual([]);
  });
}

// Searching from the navbar with a clean console: search.spec.ts, once per locale.
for (const locale of LOCALES) {
  const searchPage = `${localePath('/search', locale)}?q=${encodeURIComponent(searchQuery(locale))}`;
  test(`the search page ${searchPage} shows results without console problems`, async ({page, baseURL}) => {
    const {problems} = collectProblems(page, new URL(baseURL!).origin);
    await page.goto(searchPage);
    await waitForHydration(page);
    await expect(page.locator(SEARCH_PAGE_RESULT).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems, 'console errors/warnings, page errors and failed requests on the search page').toEqual([]);
  });
}
