/**
 * The site in Chromium through nginx, under its real Content-Security-Policy:
 * every page and both 404 pages load with zero CSP violations, and everything
 * JavaScript adds still works — live status, search in the navbar and on the
 * search page (a Web Worker fetching the index), copy-link, the language
 * switch. An injected inline script is refused, which shows the policy is
 * enforced at all.
 */
import {expect, test, type Page} from '@playwright/test';
import {FAQ, FAQ_IDS} from '../../src/data';
import {
  COPY_LINK_ANNOUNCEMENT,
  collectProblems,
  recordCspViolations,
  renderedStates,
  searchFor,
  searchResults,
  switchLanguage,
  waitForHydration,
} from '../shared/page';
import {LOCALES, PAGES, localePath, type Locale} from '../shared/site';

/** Opens `path` recording CSP violations and other problems; resolves after hydration. */
async function open(page: Page, path: string, origin: string) {
  const violations = await recordCspViolations(page);
  const {problems} = collectProblems(page, origin);
  const response = await page.goto(path);
  await waitForHydration(page);
  return {response, violations, problems};
}

/** A word of the first FAQ question in each locale. */
const SEARCH_QUERY: Record<Locale, string> = {'zh-Hans': '工单', en: 'ticket'};

for (const {path, locale} of PAGES) {
  test(`${path} (${locale}) runs under the CSP without a single violation`, async ({page, baseURL}) => {
    const {response, violations, problems} = await open(page, path, new URL(baseURL!).origin);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    // Lazy chunks, images and the live status settle.
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    // The theme's hidden SVG sprite keeps its (hashed) style attribute.
    const sprites = page.locator('body > svg[style]');
    await expect(sprites.first()).toBeAttached();
    for (const display of await sprites.evaluateAll((svgs) => svgs.map((svg) => getComputedStyle(svg).display))) {
      expect(display).toBe('none');
    }
  });
}

for (const locale of LOCALES) {
  test(`the ${locale} 404 page runs under the CSP without a violation`, async ({page, baseURL}) => {
    const path = localePath('/no-such-page', locale);
    const {response, violations, problems} = await open(page, path, new URL(baseURL!).origin);
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    // The document's own 404, reported twice, is all.
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        {kind: 'console', text: '[error] Failed to load resource: the server responded with a status of 404 (Not Found)'},
        {kind: 'response', text: `404 ${baseURL}${path}`},
      ]),
    );
    await expect(page.locator('h1')).toBeVisible();
  });

  test(`live status goes live on ${localePath('/helpdesk/contact', locale)}`, async ({page, baseURL}) => {
    const {violations, problems} = await open(page, localePath('/helpdesk/contact', locale), new URL(baseURL!).origin);
    // The first reading of the clock comes in a task after hydration.
    await expect.poll(async () => Object.values(await renderedStates(page)).flat()).not.toContain('unknown');
    const states = await renderedStates(page);
    expect(Object.keys(states).length).toBeGreaterThan(0);
    for (const [channel, values] of Object.entries(states)) {
      for (const value of values) {
        expect(['open', 'closed'], `data-state of ${channel}`).toContain(value);
      }
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test(`search finds an FAQ entry in ${locale} (worker and index under the CSP)`, async ({page, baseURL}) => {
    const {violations, problems} = await open(page, localePath('/helpdesk/scope', locale), new URL(baseURL!).origin);
    const query = SEARCH_QUERY[locale];
    const entry = FAQ.find((candidate) => candidate.question[locale].toLowerCase().includes(query))!;
    await searchFor(page, query);
    const option = searchResults(page).filter({hasText: entry.question[locale]}).first();
    await expect(option).toBeVisible();
    await option.click();
    await expect(page).toHaveURL((url) => url.pathname === localePath('/helpdesk/faq', locale) && url.hash === `#${entry.id}`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test(`the search page lists results in ${locale} under the CSP`, async ({page, baseURL}) => {
    const query = SEARCH_QUERY[locale];
    const {violations, problems} = await open(
      page,
      `${localePath('/search', locale)}?q=${encodeURIComponent(query)}`,
      new URL(baseURL!).origin,
    );
    await expect(page.locator(`article a[href^="${localePath('/helpdesk/faq', locale)}"]`).first()).toBeVisible();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test(`copy-link copies an FAQ entry's link in ${locale}`, async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const faqPath = localePath('/helpdesk/faq', locale);
    const {violations, problems} = await open(page, faqPath, new URL(baseURL!).origin);
    const id = FAQ_IDS[2]!;
    await page.locator(`[data-copy-link="${id}"]`).click();
    await expect(page.getByRole('status')).toHaveText(COPY_LINK_ANNOUNCEMENT[locale]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${faqPath}#${id}`);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('the language switch goes to English and back under the CSP', async ({page, baseURL}) => {
  const languageLabel: Record<Locale, string> = {'zh-Hans': '简体中文', en: 'English'};
  const {violations, problems} = await open(page, '/helpdesk/contact', new URL(baseURL!).origin);
  await switchLanguage(page, languageLabel.en);
  await page.waitForURL((url) => url.pathname === '/en/helpdesk/contact');
  await waitForHydration(page);
  await switchLanguage(page, languageLabel['zh-Hans']);
  await page.waitForURL((url) => url.pathname === '/helpdesk/contact');
  await waitForHydration(page);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('an injected inline script is refused: the policy is enforced', async ({page, baseURL}) => {
  const {violations} = await open(page, '/', new URL(baseURL!).origin);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true';
    document.head.append(script);
    return (window as {__injectedRan?: boolean}).__injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.map((violation) => violation.directive)).toEqual(['script-src-elem']);
});
