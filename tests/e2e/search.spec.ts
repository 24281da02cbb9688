/**
 * Offline search in a real browser, per locale: Chinese words segmented, English
 * stemmed, results that land on the FAQ entry's anchor with the terms
 * highlighted, a clear "no results", and odd input that neither breaks the
 * page nor injects markup.
 */
import {expect, test, type Page} from '@playwright/test';
import {FAQ, FAQ_IDS} from '../../src/data';
import {
  LOCALES,
  collectProblems,
  localePath,
  navbarSearchInput,
  searchFor,
  searchResults,
  tabUntil,
  waitForHydration,
  type Locale,
} from './support';

const NO_RESULTS: Record<Locale, string> = {'zh-Hans': '没有找到任何文档', en: 'No results'};

const CASES: {locale: Locale; from: string; query: string; keyboard: boolean}[] = [
  {locale: 'zh-Hans', from: '/helpdesk/contact', query: '工单', keyboard: false},
  {locale: 'en', from: '/helpdesk/scope', query: 'ticket', keyboard: true},
];

for (const {locale, from, query, keyboard} of CASES) {
  test(`"${query}" on ${localePath(from, locale)} finds the FAQ entry and lands on its anchor, highlighted${keyboard ? ', by keyboard alone' : ''}`, async ({
    page,
    baseURL,
  }) => {
    const {problems} = collectProblems(page, new URL(baseURL!).origin);
    await page.goto(localePath(from, locale));
    await waitForHydration(page);
    if (keyboard) {
      await tabUntil(page, 'input.navbar__search-input');
      await page.keyboard.type(query);
    } else {
      await searchFor(page, query);
    }
    const entry = FAQ.find((candidate) => candidate.question[locale].toLowerCase().includes(query))!;
    const option = searchResults(page).filter({hasText: entry.question[locale]}).first();
    await expect(option).toBeVisible();
    if (keyboard) {
      // Arrow down until the input's active option is the entry's, as a keyboard user would.
      const wanted = await option.getAttribute('id');
      const input = navbarSearchInput(page);
      for (let step = 0; step < 8 && (await input.getAttribute('aria-activedescendant')) !== wanted; step += 1) {
        await page.keyboard.press('ArrowDown');
      }
      await expect(input).toHaveAttribute('aria-activedescendant', wanted!);
      await page.keyboard.press('Enter');
    } else {
      await option.click();
    }
    await expect(page).toHaveURL((url) => url.pathname === localePath('/helpdesk/faq', locale) && url.hash === `#${entry.id}`);
    expect(FAQ_IDS).toContain(entry.id);
    // The plugin marks the search terms on the page it opens.
    await expect(page.locator('article mark').first()).toBeVisible();
    const marked = (await page.locator('article mark').allInnerTexts()).join('').toLowerCase();
    expect(marked).toContain(locale === 'en' ? query : query[0]);
    expect(problems, 'console problems while searching and opening a result').toEqual([]);
  });

  test(`a query with no match says so on ${localePath(from, locale)}`, async ({page}) => {
    await page.goto(localePath(from, locale));
    await waitForHydration(page);
    await searchFor(page, 'qzxvjkw');
    await expect(page.getByRole('listbox')).toContainText(NO_RESULTS[locale]);
    await expect(searchResults(page)).toHaveCount(0);
  });

  test(`odd input neither breaks ${localePath(from, locale)} nor injects markup`, async ({page, baseURL}) => {
    const {problems} = collectProblems(page, new URL(baseURL!).origin);
    await page.goto(localePath(from, locale));
    await waitForHydration(page);
    const oddInputs = [
      '"工单" \'ticket\'',
      '<script>window.__injected = true</script>',
      '<img src=x onerror="window.__injected = true">',
      'a'.repeat(500),
      '🎫🙂🇨🇳 ticket 工单',
      '+-~^:*\\',
    ];
    for (const odd of oddInputs) {
      await searchFor(page, odd);
      await expect(navbarSearchInput(page)).toHaveValue(odd);
      await expect(page.getByRole('listbox')).toBeVisible();
      expect(await page.evaluate(() => (window as {__injected?: boolean}).__injected), odd).toBeUndefined();
      await expect(page.locator('[role=listbox] img, [role=listbox] script')).toHaveCount(0);
    }
    // The box still works afterwards.
    await searchFor(page, query);
    await expect(searchResults(page).first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}

const SEARCH_LABEL: Record<Locale, string> = {'zh-Hans': '搜索', en: 'Search'};

for (const locale of LOCALES) {
  test(`the search box is named in ${locale} before and after its code loads, and mod+K opens it`, async ({page}) => {
    const faqPath = localePath('/helpdesk/faq', locale);
    await page.goto(faqPath);
    await waitForHydration(page);
    const input = navbarSearchInput(page);
    await expect(input).toHaveAccessibleName(SEARCH_LABEL[locale]);
    // The plugin's code is not there yet: its autocomplete has not made the box a combobox.
    await expect(input).not.toHaveAttribute('role', 'combobox');

    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('role', 'combobox');
    await expect(input).toHaveAccessibleName(SEARCH_LABEL[locale]);
    await page.keyboard.type(locale === 'en' ? 'ticket' : '工单');
    await expect(searchResults(page).first()).toBeVisible();
  });
}

/** The stand-in box has its own copy of the plugin's layout rules (src/theme/SearchBar/styles.module.css). */
for (const viewport of [
  {width: 1280, height: 800},
  {width: 390, height: 844},
]) {
  test(`the search box does not move or resize when the plugin's box replaces the stand-in (${viewport.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(localePath('/helpdesk/contact', 'zh-Hans'));
    await waitForHydration(page);
    const input = navbarSearchInput(page);
    const before = await input.boundingBox();
    const iconBefore = await page.locator('.navbar__search svg').first().boundingBox();
    expect(before).not.toBeNull();
    // Loading by mod+K, not by focus: a focused box widens on a phone, loaded or not.
    await page.keyboard.press('ControlOrMeta+k');
    await expect(input).toHaveAttribute('role', 'combobox');
    await input.blur();
    expect(await input.boundingBox()).toEqual(before);
    expect(await page.locator('.navbar__search svg').first().boundingBox()).toEqual(iconBefore);
  });
}

/**
 * Until the visitor shows intent the navbar box is a stand-in (src/theme/SearchBar);
 * the plugin's bar then takes its place. Holding its code back makes the query be
 * typed before it arrives, as on a slow line.
 */
async function holdBackLaterScripts(page: Page): Promise<void> {
  await page.route('**/assets/js/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
}

const EARLY_TYPING_CASES: {locale: Locale; from: string; query: string; focusBy: 'Tab' | 'shortcut'}[] = [
  {locale: 'zh-Hans', from: '/helpdesk/contact', query: '工单', focusBy: 'Tab'},
  {locale: 'en', from: '/helpdesk/scope', query: 'ticket', focusBy: 'shortcut'},
];

for (const {locale, from, query, focusBy} of EARLY_TYPING_CASES) {
  test(`on ${localePath(from, locale)}, focused by ${focusBy}, the box keeps what was typed before the search code arrived`, async ({
    page,
  }) => {
    await page.goto(localePath(from, locale));
    await waitForHydration(page);
    await holdBackLaterScripts(page);
    const input = navbarSearchInput(page);
    if (focusBy === 'shortcut') {
      await page.keyboard.press('ControlOrMeta+k');
    } else {
      await tabUntil(page, 'input.navbar__search-input');
    }
    await expect(input).toBeFocused();
    await page.keyboard.type(query);
    const entry = FAQ.find((candidate) => candidate.question[locale].toLowerCase().includes(query))!;
    await expect(searchResults(page).filter({hasText: entry.question[locale]}).first()).toBeVisible();
    await expect(input).toHaveValue(query);
    await expect(input).toBeFocused();
  });
}

test("keys typed into the plugin's box before its autocomplete attaches run their query once it does", async ({page}) => {
  const query = 'ticket';
  await page.goto(localePath('/helpdesk/scope', 'en'));
  await waitForHydration(page);
  await holdBackLaterScripts(page);
  await tabUntil(page, 'input.navbar__search-input');
  // The plugin's bar has replaced the stand-in (its loading ring, which the stand-in lacks, is in) and nothing
  // was typed into the stand-in; the autocomplete's code is still held back, so every key lands in a box that
  // runs no query.
  await expect(page.locator('.navbar__search [class*="searchBarLoadingRing"]')).toBeAttached();
  await page.keyboard.type(query);
  const entry = FAQ.find((candidate) => candidate.question.en.toLowerCase().includes(query))!;
  await expect(searchResults(page).filter({hasText: entry.question.en}).first()).toBeVisible();
  await expect(navbarSearchInput(page)).toHaveValue(query);
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 360, height: 740}, hasTouch: true, isMobile: true});

  test('a tap and typing that goes on while the search code arrives lose no character', async ({page}) => {
    await page.goto(localePath('/helpdesk/contact', 'zh-Hans'));
    await waitForHydration(page);
    const input = navbarSearchInput(page);
    await input.tap();
    // On a phone the plugin's bar arrives while the keys are being typed.
    await page.keyboard.type('工单');
    await expect(searchResults(page).first()).toBeVisible();
    await expect(input).toHaveValue('工单');
    await expect(input).toBeFocused();
  });
});

test('a page opened straight from a result link marks the terms without any interaction', async ({page}) => {
  const entry = FAQ.find((candidate) => candidate.question.en.toLowerCase().includes('ticket'))!;
  await page.goto(`${localePath('/helpdesk/faq', 'en')}?_highlight=ticket#${entry.id}`);
  await waitForHydration(page);
  await expect(page.locator('article mark').first()).toBeVisible();
  expect((await page.locator('article mark').allInnerTexts()).map((text) => text.toLowerCase())).toContain('ticket');
});
