/**
 * axe-core finds no WCAG 2.2 A/AA violation on any page, in either locale,
 * light or dark, at a phone and a desktop width, after hydration (so the
 * live status, the search box and the FAQ copy buttons are checked too).
 * Nothing is excluded: a violation is fixed in the site, never silenced here.
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {
  COLOR_MODES,
  LOCALES,
  PAGES,
  SEARCH_PAGE_RESULT,
  VIEWPORTS,
  localePath,
  navbarSearchInput,
  searchFor,
  searchQuery,
  searchResults,
  waitForHydration,
  withColorMode,
  type ViewportName,
} from './support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation and node, readable in a failed assertion. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

for (const {path, locale} of PAGES) {
  for (const mode of COLOR_MODES) {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      test(`${path} (${locale}, ${mode}, ${viewport}) has no axe violations`, async ({page}) => {
        await page.setViewportSize(VIEWPORTS[viewport]);
        await page.emulateMedia({colorScheme: mode});
        await page.goto(withColorMode(path, mode));
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        // The navbar search box is part of every page, hydrated client-side.
        await expect(page.locator('input.navbar__search-input')).toBeAttached();
        await page.waitForLoadState('networkidle');
        expect(await violations(page)).toEqual([]);
      });
    }
  }
}

/** The search page shows its results only after a query: it is checked with results shown. */
for (const locale of LOCALES) {
  for (const mode of COLOR_MODES) {
    test(`the search page with results (${locale}, ${mode}) has no axe violations`, async ({page}) => {
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.emulateMedia({colorScheme: mode});
      await page.goto(withColorMode(`${localePath('/search', locale)}?q=${encodeURIComponent(searchQuery(locale))}`, mode));
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      await expect(page.locator(SEARCH_PAGE_RESULT).first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
}

/** The navbar search dropdown, open with hits and one highlighted (drawn on the primary colour). */
for (const locale of LOCALES) {
  for (const mode of COLOR_MODES) {
    test(`the open search dropdown (${locale}, ${mode}) has no axe violations`, async ({page}) => {
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.emulateMedia({colorScheme: mode});
      await page.goto(withColorMode(localePath('/', locale), mode));
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      await searchFor(page, searchQuery(locale));
      await expect(searchResults(page).nth(1)).toBeVisible();
      await navbarSearchInput(page).press('ArrowDown');
      await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
      expect(await violations(page)).toEqual([]);
    });
  }
}
