/**
 * The site works from the keyboard alone: the first Tab reaches a skip link
 * that lands in the main content; every interactive element is reachable by
 * Tab and shows a visible focus indicator; the language switch opens and
 * switches locale from the keyboard. (Search by keyboard: search.spec.ts.)
 */
import {expect, test, type Page} from '@playwright/test';
import {
  HTML_LANG,
  LOCALES,
  PAGES,
  VIEWPORTS,
  localePath,
  navbarSearchInput,
  tabUntil,
  waitForHydration,
  type ViewportName,
} from './support';

/** The focus styles of an element: what a sighted keyboard user sees change. */
interface FocusStyle {
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
}

interface TabStop {
  /** Tag, name and target of the element: also how unreached elements are told apart. */
  element: string;
  focused: FocusStyle;
  unfocused: FocusStyle;
}

/**
 * In the page: with `focused`, the focus styles of the focused element, read
 * again once it is blurred, then focused again so the next Tab continues from
 * it; with `all`, every visible, enabled, tabbable element. Elements are told
 * apart by description, not identity, since the search box is swapped for the
 * plugin's own when it gets focus.
 */
async function inspect(page: Page, which: 'focused'): Promise<TabStop | null>;
async function inspect(page: Page, which: 'all'): Promise<string[]>;
async function inspect(page: Page, which: 'focused' | 'all'): Promise<TabStop | null | string[]> {
  return page.evaluate((which) => {
    const describe = (element: Element) => {
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
      const target = element.getAttribute('href') ?? element.getAttribute('type') ?? '';
      return `<${element.tagName.toLowerCase()}> "${name}" ${target}`;
    };
    if (which === 'all') {
      const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => !element.matches(':disabled') && element.tabIndex >= 0)
        .filter((element) => element.checkVisibility({visibilityProperty: true}))
        .map(describe);
    }
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return null;
    }
    const style = (): FocusStyle => {
      const computed = getComputedStyle(element);
      return {
        outlineStyle: computed.outlineStyle,
        outlineWidth: parseFloat(computed.outlineWidth),
        outlineColor: computed.outlineColor,
        boxShadow: computed.boxShadow,
      };
    };
    const focused = style();
    element.blur();
    const unfocused = style();
    element.focus();
    return {element: describe(element), focused, unfocused};
  }, which);
}

function hasVisibleIndicator({focused, unfocused}: TabStop): boolean {
  const outline = focused.outlineStyle !== 'none' && focused.outlineWidth > 0;
  const shadow = focused.boxShadow !== 'none';
  const changed = JSON.stringify(focused) !== JSON.stringify(unfocused);
  return (outline || shadow) && changed;
}

for (const {path, locale} of PAGES) {
  test(`${path} (${locale}): the first Tab reaches a skip link to the main content`, async ({page}) => {
    await page.goto(path);
    await waitForHydration(page);
    await page.keyboard.press('Tab');
    const skipLink = page.locator(':focus');
    await expect(skipLink).toHaveAttribute('href', /^#/);
    await expect(skipLink).toBeVisible();
    const target = (await skipLink.getAttribute('href'))!.slice(1);
    // Without JavaScript the link jumps to its fragment, so that must hold the content too.
    await expect(page.locator(`[id="${target}"] main h1`)).toHaveCount(1);
    await page.keyboard.press('Enter');
    // Docusaurus focuses <main> for a moment and drops its tabindex again, which makes
    // Chromium blur it; what a keyboard user gets is that the next Tab starts in <main>.
    await page.keyboard.press('Tab');
    const landing = await page.evaluate(() => {
      const first = document.querySelector('main :is(a[href], button, input, [tabindex="0"])');
      return {hasInteractive: first !== null, focusedFirst: first !== null && document.activeElement === first};
    });
    expect(landing.hasInteractive, 'main content has an interactive element').toBe(true);
    expect(landing.focusedFirst, 'Tab after the skip link focuses the first interactive element of <main>').toBe(true);
  });

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    test(`${path} (${locale}, ${viewport}): every interactive element is reached by Tab and shows focus`, async ({page}) => {
      await page.setViewportSize(VIEWPORTS[viewport]);
      await page.goto(path);
      await waitForHydration(page);
      const stops: TabStop[] = [];
      for (let presses = 0; presses < 200; presses += 1) {
        await page.keyboard.press('Tab');
        const stop = await inspect(page, 'focused');
        // Focus leaves the page (body) or wraps around to the skip link: every stop is seen.
        if (stop === null || stop.element === stops[0]?.element) {
          break;
        }
        stops.push(stop);
      }
      expect(stops.length, 'tab stops').toBeGreaterThan(3);
      expect(
        stops.filter((stop) => !hasVisibleIndicator(stop)).map((stop) => stop.element),
        'elements without a visible focus indicator',
      ).toEqual([]);
      const reached = new Set(stops.map((stop) => stop.element));
      expect(
        (await inspect(page, 'all')).filter((element) => !reached.has(element)),
        'interactive elements Tab never reached',
      ).toEqual([]);
    });
  }
}

for (const [from, to] of [LOCALES, [...LOCALES].reverse()] as const) {
  test(`the language switch takes the keyboard from ${from} to ${to} on the same page`, async ({page}) => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(localePath('/helpdesk/contact', from));
    await waitForHydration(page);
    const toggle = 'nav .dropdown > [aria-haspopup="true"]';
    await tabUntil(page, toggle);
    await expect(page.locator(toggle)).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(page.locator(toggle)).toHaveAttribute('aria-expanded', 'true');
    const target = `nav .dropdown__menu a[lang="${HTML_LANG[to]}"]`;
    await expect(page.locator(target)).toBeVisible();
    await tabUntil(page, target, 5);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === localePath('/helpdesk/contact', to));
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[to]);
  });
}

test('tabbing past the search box keeps focus where it went when the search index finishes loading', async ({
  page,
  context,
}) => {
  // Hold the index back until the visitor has tabbed on, as on a slow network.
  let releaseIndex = () => {};
  const indexHeld = new Promise<void>((resolve) => {
    releaseIndex = resolve;
  });
  await context.route(/search-index.*\.json/, async (route) => {
    await indexHeld;
    await route.continue();
  });
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto(localePath('/helpdesk/faq', 'zh-Hans'));
  await waitForHydration(page);
  await tabUntil(page, 'input.navbar__search-input');
  // The plugin's own box (with its loading ring) has replaced the stand-in and has the focus.
  await expect(page.locator('.navbar__search [class*="searchBarLoadingRing"]')).toBeAttached();
  await expect(navbarSearchInput(page)).toBeFocused();
  await page.keyboard.press('Tab');
  const wentTo = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
  releaseIndex();
  // The autocomplete is set up once the index has loaded (it marks the input as a combobox).
  await expect(navbarSearchInput(page)).toHaveAttribute('role', 'combobox');
  await expect(navbarSearchInput(page)).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '')).toBe(wentTo);
});
