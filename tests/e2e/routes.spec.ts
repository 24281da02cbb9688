/**
 * Every page in both locales: status, language, one h1 that matches the page's
 * title, no untranslated Chinese on English pages, legacy anchors, FAQ ids,
 * locale 404 pages and the language switch keeping the anchor.
 */
import {expect, test, type Page} from '@playwright/test';
import {COMPANY, FAQ_IDS} from '../../src/data';
import {offeredChannels} from '../../src/lib/channels/channelEntry';
import {
  HAN,
  HTML_LANG,
  LOCALES,
  PAGES,
  frontMatterTitle,
  localePath,
  mdxFile,
  switchLanguage,
  waitForHydration,
} from './support';

/** The label of the Chinese locale in the language dropdown, shown on every English page. */
const CHINESE_LOCALE_LABEL = '简体中文';

async function visibleH1Texts(page: Page): Promise<string[]> {
  const h1 = page.locator('h1:visible');
  return (await h1.allInnerTexts()).map((text) => text.trim());
}

test.describe('every page', () => {
  for (const {route, locale, path} of PAGES) {
    test(`${path} answers 200 in ${locale} with one h1 equal to its title`, async ({page}) => {
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
      await waitForHydration(page);

      const h1s = await visibleH1Texts(page);
      expect(h1s, `visible h1 elements of ${path}`).toHaveLength(1);
      const h1 = h1s[0]!;
      if (route === '/') {
        // The landing page's h1 is the site title; it must exist in each locale.
        expect(h1).toContain('Websoft9');
        if (locale === 'en') {
          expect(h1).not.toMatch(HAN);
        } else {
          expect(h1).toMatch(HAN);
        }
      } else {
        expect(h1).toBe(frontMatterTitle(mdxFile(route, locale)));
      }
    });
  }

  test('the landing page h1 (site title) differs between the locales', async ({page}) => {
    const titles: string[] = [];
    for (const locale of LOCALES) {
      await page.goto(localePath('/', locale));
      titles.push(((await visibleH1Texts(page))[0] ?? '').trim());
    }
    expect(titles[0]).not.toBe('');
    expect(titles[1]).not.toBe('');
    expect(titles[0]).not.toBe(titles[1]);
    expect(titles[1]).not.toMatch(HAN);
  });
});

test.describe('English pages are fully translated', () => {
  for (const {path} of PAGES.filter((entry) => entry.locale === 'en')) {
    test(`${path} shows no Chinese text`, async ({page}) => {
      await page.goto(path);
      await waitForHydration(page);
      // The footer's ICP record link must still be there (it is the one Chinese text allowed).
      const icpLink = page.locator(`footer a[href="${COMPANY.icpLookup}"]`);
      await expect(icpLink).toHaveText(COMPANY.icpRecord);
      const icpLinkText = (await icpLink.innerText()).trim();

      const text = await page.evaluate(() => document.body.innerText);
      const stripped = text.replaceAll(CHINESE_LOCALE_LABEL, '').replaceAll(COMPANY.icpRecord, '').replaceAll(icpLinkText, '');
      const hanLines = stripped.split('\n').filter((line) => HAN.test(line));
      expect(hanLines, `lines with Han characters on ${path}`).toEqual([]);

      expect(await page.title(), `document title of ${path}`).not.toMatch(HAN);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description ?? '', `meta description of ${path}`).not.toMatch(HAN);
    });
  }
});

test.describe('legacy anchors and FAQ ids', () => {
  for (const locale of LOCALES) {
    test(`${localePath('/helpdesk', locale)} keeps #ondemandservice and #contact with the channel table`, async ({page}) => {
      await page.goto(localePath('/helpdesk', locale));
      await expect(page.locator('[id="ondemandservice"]')).toHaveCount(1);
      await expect(page.locator('[id="contact"]')).toHaveCount(1);
      // The #contact section (from its heading to the next h2) holds the channel table.
      const sectionChannels = await page.evaluate(() => {
        const contact = document.getElementById('contact');
        if (!contact) {
          return null;
        }
        const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        const nextHeading = [...document.querySelectorAll(contact.tagName)].find((h) => follows(contact, h));
        return [...document.querySelectorAll<HTMLElement>('table [data-channel-status]')]
          .filter((badge) => follows(contact, badge) && (!nextHeading || follows(badge, nextHeading)))
          .map((badge) => badge.dataset.channelStatus);
      });
      expect(sectionChannels, 'channels with a status badge in the #contact section').toEqual(
        offeredChannels().map((channel) => channel.id),
      );
    });

    test(`${localePath('/helpdesk/faq', locale)} has an element for every FAQ id`, async ({page}) => {
      await page.goto(localePath('/helpdesk/faq', locale));
      for (const id of FAQ_IDS) {
        await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
      }
    });
  }
});

test.describe('unknown URLs', () => {
  const notFound: Record<(typeof LOCALES)[number], string> = {'zh-Hans': '找不到页面', en: 'Page not found'};
  for (const locale of LOCALES) {
    const path = locale === 'en' ? '/en/no-such-page' : '/no-such-page';
    test(`${path} answers 404 with the ${locale} 404 page`, async ({page, request}) => {
      const raw = await request.get(path);
      expect(raw.status()).toBe(404);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
      await waitForHydration(page);
      await expect(page.locator('body')).toContainText(notFound[locale]);
      if (locale === 'en') {
        await expect(page.locator('body')).not.toContainText(notFound['zh-Hans']);
      }
    });
  }
});

test.describe('language switch', () => {
  test('Chinese → English → Chinese keeps the page and the anchor', async ({page}) => {
    await page.goto('/helpdesk/faq#standard-hours');
    await waitForHydration(page);

    await switchLanguage(page, 'English');
    await page.waitForURL(/\/en\/helpdesk\/faq#standard-hours$/);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/en/helpdesk/faq#standard-hours');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#standard-hours')).toHaveCount(1);
    await waitForHydration(page);

    await switchLanguage(page, CHINESE_LOCALE_LABEL);
    await page.waitForURL((url) => url.pathname === '/helpdesk/faq');
    const back = new URL(page.url());
    expect(back.pathname + back.hash).toBe('/helpdesk/faq#standard-hours');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('#standard-hours')).toHaveCount(1);
  });
});
