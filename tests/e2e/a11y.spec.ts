/**
 * Accessibility (axe-core, WCAG 2.2 AA tags): no violation on any page, in
 * both locales, light and dark, at a phone and a desktop width — after
 * hydration, so the live status and the search field are checked as visitors
 * get them. Also the open search dropdown with a highlighted hit, and the
 * search results page.
 */
import {expect, test} from '@playwright/test';
import {
  COLOR_MODES,
  LOCALES,
  PAGES,
  VIEWPORTS,
  expectNoAxeViolations,
  gotoInColorMode,
  localePath,
  navbarSearchInput,
  searchQuery,
} from './support';

for (const {path, locale} of PAGES) {
  for (const mode of COLOR_MODES) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      test(`${path} (${locale}, ${mode}, ${viewportName}) has no axe violations`, async ({page}) => {
        await page.setViewportSize(viewport);
        await gotoInColorMode(page, path, mode);
        await expect(navbarSearchInput(page)).toBeVisible();
        await expectNoAxeViolations(page, `${path} ${mode} ${viewportName}`);
      });
    }
  }
}

for (const locale of LOCALES) {
  for (const mode of COLOR_MODES) {
    test(`search dropdown and results page (${locale}, ${mode}) have no axe violations`, async ({page}) => {
      await page.setViewportSize(VIEWPORTS.desktop);
      await gotoInColorMode(page, localePath('/', locale), mode);
      const input = navbarSearchInput(page);
      await input.click();
      await input.pressSequentially(searchQuery(locale));
      const options = page.getByRole('option');
      await expect(options.first()).toBeVisible();
      // Highlight a hit: it is drawn on the primary colour.
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
      await expectNoAxeViolations(page, `search dropdown ${locale} ${mode}`);

      const resultsPage = `${localePath('/search', locale)}?q=${encodeURIComponent(searchQuery(locale))}`;
      await gotoInColorMode(page, resultsPage, mode);
      await expect(page.locator('article').first()).toBeVisible();
      await expectNoAxeViolations(page, `${resultsPage} ${mode}`);
    });
  }
}
