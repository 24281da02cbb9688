/**
 * FAQ deep links: copy-link buttons (JavaScript only, keyboard, screen-reader
 * announcement), landing on an anchor below the sticky navbar, and the FAQPage
 * JSON-LD equal to the visible questions and answers, in both locales.
 */
import {expect, test} from '@playwright/test';
import {FAQ, FAQ_IDS} from '../../src/data';
import {SITE_URL, jsonLdBlocks} from '../shared/builtSite';
import {calendarFeedPath} from '../../src/lib/published/feedPaths';
import {
  COPY_LINK_ANNOUNCEMENT,
  LOCALES,
  localePath,
  normalize,
  visibleFaqEntries,
  waitForHydration,
  type Locale,
} from './support';

const COPY_LABEL: Record<Locale, string> = {'zh-Hans': '复制链接', en: 'Copy link'};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const locale of LOCALES) {
  const faqPath = localePath('/helpdesk/faq', locale);

  test.describe(`${faqPath}`, () => {
    test('has no copy buttons without JavaScript; the headings keep their own anchor links', async ({browser, request}) => {
      const raw = await (await request.get(faqPath)).text();
      expect(raw).not.toContain('data-copy-link');
      const context = await browser.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(faqPath);
      await expect(page.locator('[data-copy-link]')).toHaveCount(0);
      for (const id of FAQ_IDS) {
        await expect(page.locator(`h2[id="${id}"] a.hash-link`)).toHaveAttribute('href', `#${id}`);
      }
      await context.close();
    });

    test('copy buttons copy the absolute link of each entry and announce it', async ({page, context, baseURL}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(faqPath);
      await waitForHydration(page);
      const status = page.getByRole('status');
      for (const entry of FAQ) {
        const button = page.locator(`[data-copy-link="${entry.id}"]`);
        await expect(button).toHaveCount(1);
        // The visible "copy link" text first (WCAG 2.5.3), then which question it copies.
        await expect(button).toHaveAccessibleName(
          new RegExp(`^${escapeRegExp(COPY_LABEL[locale])}\\W*${escapeRegExp(entry.question[locale])}$`),
        );
        await button.click();
        await expect(status).toHaveText(COPY_LINK_ANNOUNCEMENT[locale]);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${faqPath}#${entry.id}`);
      }
    });

    test('copy buttons work from the keyboard', async ({page, context, baseURL}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(faqPath);
      await waitForHydration(page);
      const [first, second] = FAQ_IDS;
      await page.locator(`[data-copy-link="${first}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${faqPath}#${first}`);
      await page.locator(`[data-copy-link="${second}"]`).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${faqPath}#${second}`);
      await expect(page.getByRole('status')).toHaveText(COPY_LINK_ANNOUNCEMENT[locale]);
    });

    test('a link with an anchor lands on its entry below the sticky navbar and marks it', async ({page}) => {
      const id = FAQ_IDS[FAQ_IDS.length - 2]!;
      await page.goto(`${faqPath}#${id}`);
      await waitForHydration(page);
      const heading = page.locator(`h2[id="${id}"]`);
      await expect(heading).toBeInViewport();
      const navbarBottom = await page.locator('.navbar').evaluate((navbar) => navbar.getBoundingClientRect().bottom);
      await expect
        .poll(async () => (await heading.boundingBox())!.y, 'heading top stays below the navbar')
        .toBeGreaterThanOrEqual(navbarBottom);
      const targetStyle = await heading.evaluate((element) => {
        const style = getComputedStyle(element);
        return {isTarget: element.matches(':target'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
      });
      expect(targetStyle).toEqual({isTarget: true, outline: 'solid', width: 3});
    });

    test('the FAQPage JSON-LD holds exactly the visible questions and answers', async ({page, request}) => {
      await page.goto(faqPath);
      await waitForHydration(page);
      const visible = await visibleFaqEntries(page);
      expect(visible.map((entry) => entry.id)).toEqual([...FAQ_IDS]);

      // Read from the server HTML: what a crawler gets without running the page.
      const raw = await (await request.get(faqPath)).text();
      const faqPages = jsonLdBlocks(raw).filter((block) => block['@type'] === 'FAQPage');
      expect(faqPages).toHaveLength(1);
      const faqPage = faqPages[0]!;
      expect(faqPage.inLanguage).toBe(locale);
      const questions = faqPage.mainEntity as {name: string; url: string; acceptedAnswer: {text: string}}[];
      expect(questions.map((question) => normalize(question.name))).toEqual(visible.map((entry) => normalize(entry.question)));
      expect(questions.map((question) => normalize(question.acceptedAnswer.text))).toEqual(
        visible.map((entry) => normalize(entry.answer)),
      );
      expect(questions.map((question) => new URL(question.url).hash)).toEqual(FAQ_IDS.map((id) => `#${id}`));
      // Nothing empty passes as equal.
      for (const entry of visible) {
        expect(entry.question.length).toBeGreaterThan(3);
        expect(entry.answer.length).toBeGreaterThan(10);
      }
    });
  });
}

for (const locale of LOCALES) {
  test(`${localePath('/helpdesk/faq', locale)}: the after-hours answer links the locale's support calendar (webcal: and https:)`, async ({
    page,
    request,
  }) => {
    await page.goto(localePath('/helpdesk/faq', locale));
    const answer = page.locator('[data-faq-entry="after-hours"] [data-faq-answer]');
    const feed = `${SITE_URL}${calendarFeedPath(locale)}`;
    await expect(answer.locator(`a[href="${feed.replace(/^https?:/, 'webcal:')}"]`)).toHaveCount(1);
    await expect(answer.locator(`a[href="${feed}"]`)).toHaveCount(1);
    // The link names the public URL; the file it names is the one this build serves.
    const response = await request.get(calendarFeedPath(locale));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  });
}
