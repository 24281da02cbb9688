/**
 * Every page in both locales loads and hydrates cleanly: no console error or
 * warning, no uncaught exception, no failed request to the site itself, and
 * above all no hydration mismatch (the live status must not differ between
 * server HTML and the first client render). The search box, whose code,
 * index and worker load on demand, is used once per locale under the same rule.
 */
import {expect, test} from '@playwright/test';
import {
  HYDRATION_PROBLEM,
  LOCALES,
  PAGES,
  collectProblems,
  localePath,
  navbarSearchInput,
  searchFor,
  searchQuery,
  searchResults,
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

for (const locale of LOCALES) {
  test(`searching and opening a hit (${locale}) leaves the console clean`, async ({page, baseURL}) => {
    const {problems} = collectProblems(page, new URL(baseURL!).origin);
    const start = localePath('/', locale);
    await page.goto(start);
    await waitForHydration(page);
    await searchFor(page, searchQuery(locale));
    await expect(searchResults(page).first()).toBeVisible();
    await navbarSearchInput(page).press('Enter');
    await page.waitForURL((url) => url.pathname !== start);
    await page.waitForLoadState('networkidle');
    expect(problems, `console errors/warnings, page errors and failed requests while searching in ${locale}`).toEqual([]);
  });
}
