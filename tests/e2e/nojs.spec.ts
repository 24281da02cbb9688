/**
 * Without JavaScript every page still shows what a customer needs to read:
 * its heading and text, the channel table with real links and the hours in
 * words, the hours table, and every FAQ question with its answer — all read
 * from src/data, in both locales.
 */
import {expect, test} from '@playwright/test';
import {FAQ, SCHEDULES} from '../../src/data';
import {describeSchedule} from '../../src/lib/format';
import {blocksText} from '../../src/lib/richText';
import {LOCALES, PAGES, expectChannelTable, localePath} from './support';

test.use({javaScriptEnabled: false});

/** Whitespace as a reader perceives it: runs collapse to one space. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

for (const {path, locale} of PAGES) {
  test(`${path} (${locale}) shows its heading and content without JavaScript`, async ({page}) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Nothing ran: React never hydrated the page.
    await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.locator('h1:visible')).toHaveCount(1);
    const main = page.locator('main').first();
    await expect(main).toBeVisible();
    const words = normalize(await main.innerText());
    expect(words.length, `visible text in <main> of ${path}`).toBeGreaterThan(200);
  });
}

for (const locale of LOCALES) {
  for (const route of ['/helpdesk/contact', '/helpdesk'] as const) {
    test(`${localePath(route, locale)} shows the channel table with its links and hours without JavaScript`, async ({page}) => {
      await page.goto(localePath(route, locale));
      await expectChannelTable(page, locale, {hydrated: false});
    });
  }

  test(`${localePath('/helpdesk/contact', locale)} shows every hours notation in words without JavaScript`, async ({page}) => {
    await page.goto(localePath('/helpdesk/contact', locale));
    for (const schedule of SCHEDULES) {
      const row = page.locator('table tbody tr').filter({has: page.locator('th', {hasText: schedule.notation})}).filter({
        hasText: describeSchedule(schedule, locale),
      });
      await expect(row.first(), `${schedule.id} row`).toBeVisible();
    }
  });

  test(`${localePath('/helpdesk/faq', locale)} shows all questions and answers without JavaScript`, async ({page}) => {
    await page.goto(localePath('/helpdesk/faq', locale));
    await expect(page.locator('[data-faq-entry]')).toHaveCount(FAQ.length);
    for (const entry of FAQ) {
      const section = page.locator(`[data-faq-entry="${entry.id}"]`);
      await expect(section.locator(`h2[id="${entry.id}"]`)).toContainText(entry.question[locale]);
      const answer = section.locator('[data-faq-answer]');
      await expect(answer).toBeVisible();
      expect(normalize(await answer.innerText()), `answer to ${entry.id}`).toBe(normalize(blocksText(entry.answer[locale], locale)));
    }
  });
}
