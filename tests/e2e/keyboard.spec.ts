/**
 * Keyboard only: the first Tab reaches a skip link that moves focus to the
 * main content; every element Tab reaches shows a visible focus indicator;
 * the language dropdown and the search field work without a mouse.
 */
import {expect, test, type Page} from '@playwright/test';
import {FAQ_IDS} from '../../src/data';
import {PAGES, VIEWPORTS, localePath, navbarSearchInput, searchQuery, waitForHydration} from './support';

test.use({viewport: VIEWPORTS.desktop});

/** Marks every element Tab could reach and records how it looks unfocused. */
async function recordUnfocusedStyles(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const elements = [...document.querySelectorAll<HTMLElement>(selector)];
    elements.forEach((element, index) => {
      const style = getComputedStyle(element);
      element.dataset.focusProbe = String(index);
      element.dataset.unfocusedRing = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    });
    return elements.length;
  });
}

interface FocusStop {
  probe: string | null;
  description: string;
  indicator: string;
  unfocused: string | null;
  visibleRing: boolean;
}

/** The focused element, how its focus ring looks now, and whether that ring is visible. */
async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return null;
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
    return {
      probe: element.dataset.focusProbe ?? null,
      description: `<${element.tagName.toLowerCase()}${element.getAttribute('href') ? ` href="${element.getAttribute('href')}"` : ''}> ${text}`,
      indicator: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
      unfocused: element.dataset.unfocusedRing ?? null,
      visibleRing: outline || shadow,
    };
  });
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` times). */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 60): Promise<void> {
  const source = `(${matches.toString()})(document.activeElement)`;
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(source)) {
      return;
    }
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

for (const {path, locale} of PAGES) {
  test.describe(`${path} (${locale})`, () => {
    test('the first Tab focuses a skip link that moves focus to the main content', async ({page}) => {
      await page.goto(path);
      await waitForHydration(page);
      await page.keyboard.press('Tab');
      const skipLink = page.locator(':focus');
      await expect(skipLink).toHaveAttribute('href', /^#/);
      await expect(skipLink).toBeVisible();
      await expect(skipLink).toHaveAccessibleName(/\S/);
      // The link's target is the page's content, with its heading.
      const targetId = decodeURIComponent(((await skipLink.getAttribute('href')) ?? '').slice(1));
      const target = page.locator(`[id="${targetId}"]`);
      await expect(target).toHaveCount(1);
      await expect(target.locator('h1')).toBeVisible();
      await expect(target.locator('main').or(target.and(page.locator('main')))).toHaveCount(1);

      // Enter moves focus into the main content: the next Tab lands there, past the navbar.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const element = document.activeElement;
        return {inMain: Boolean(element?.closest('main')), inNavbar: Boolean(element?.closest('.navbar'))};
      });
      expect(next).toEqual({inMain: true, inNavbar: false});
    });

    test('every element Tab reaches shows a visible focus indicator', async ({page}) => {
      await page.goto(path);
      await waitForHydration(page);
      const probed = await recordUnfocusedStyles(page);
      expect(probed).toBeGreaterThan(0);

      const stops: FocusStop[] = [];
      const seen = new Set<string>();
      for (let presses = 0; presses < 300; presses += 1) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (!stop || (stop.probe && seen.has(stop.probe))) {
          break;
        }
        stops.push(stop);
        if (stop.probe) {
          seen.add(stop.probe);
        }
      }
      // The walk reached the footer: every focusable element of the page was passed.
      expect(stops.at(-1)?.description ?? '', 'last element reached by Tab').toMatch(/href=/);
      expect(await page.evaluate(() => Boolean(document.activeElement === document.body || document.activeElement?.closest('footer')))).toBe(
        true,
      );
      expect(stops.length, 'elements reached by Tab').toBeGreaterThan(5);
      const invisible = stops
        .filter((stop) => !stop.visibleRing || stop.indicator === stop.unfocused)
        .map((stop) => `${stop.description}: focused ${stop.indicator}, unfocused ${stop.unfocused}`);
      expect(invisible, 'elements without a visible focus indicator').toEqual([]);
    });
  });
}

test('the language dropdown opens and switches to English with the keyboard alone', async ({page}) => {
  const from = localePath('/helpdesk/faq', 'zh-Hans');
  await page.goto(from);
  await waitForHydration(page);
  await tabTo(page, (element) => element.matches('.navbar .dropdown > [aria-haspopup="true"]'));
  const toggle = page.locator(':focus');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The menu fades in; its links take focus once it is visible.
  await expect(page.locator('.dropdown__menu a[lang="en"]')).toBeVisible();
  await tabTo(page, (element) => element.matches('.dropdown__menu a[lang="en"]'), 5);
  await expect(page.locator(':focus')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === localePath('/helpdesk/faq', 'en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const id of FAQ_IDS) {
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
});

for (const locale of ['zh-Hans', 'en'] as const) {
  test(`search by keyboard alone (${locale}): type, pick a hit with the arrows, Enter opens it`, async ({page}) => {
    const start = localePath('/', locale);
    await page.goto(start);
    await waitForHydration(page);
    await tabTo(page, (element) => element.matches('input.navbar__search-input'));
    await expect(navbarSearchInput(page)).toBeFocused();
    await page.keyboard.type(searchQuery(locale));
    const options = page.getByRole('option');
    await expect(options.nth(1)).toBeVisible();
    // Each keystroke redraws the hits (with new ids): wait for the last query's hits to stay.
    const optionIds = () => options.evaluateAll((elements) => elements.map((element) => element.id).join(' '));
    await expect
      .poll(async () => {
        const before = await optionIds();
        await page.waitForTimeout(300);
        return before === (await optionIds());
      })
      .toBe(true);
    await page.keyboard.press('ArrowDown');
    const highlighted = page.locator('[role="option"][aria-selected="true"]');
    await expect(highlighted).toHaveCount(1);
    // The highlighted hit is the one the input announces, and the second one after ArrowDown.
    const highlightedId = await highlighted.getAttribute('id');
    await expect(navbarSearchInput(page)).toHaveAttribute('aria-activedescendant', highlightedId!);
    expect(await options.nth(1).getAttribute('id')).toBe(highlightedId);
    // A hit names its page in its path ("Support › Contact us › heading") or is the page title itself.
    const hitTitle = (await highlighted.locator('[class*="hitTitle"]').innerText()).trim();
    const hitPath = (await highlighted.locator('[class*="hitPath"]').innerText()).split('›').map((part) => part.trim());
    expect(hitTitle).not.toBe('');

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== start);
    const target = new URL(page.url());
    expect(PAGES.filter((entry) => entry.locale === locale).map((entry) => entry.path)).toContain(target.pathname);
    // The URL changes before the new page renders: wait for its heading.
    const h1 = page.locator('h1:visible');
    await expect
      .poll(async () => [hitTitle, ...hitPath].includes(((await h1.allInnerTexts())[0] ?? '').trim()), {
        message: `the hit ${hitTitle} (${hitPath.join(' › ')}) opens its page`,
      })
      .toBe(true);
  });
}
