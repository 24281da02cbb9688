/**
 * Everything a customer needs to read works without JavaScript: every page
 * shows its title and content; the channel table has every channel with its
 * real entry link and hours; the hours table explains every notation; the FAQ
 * shows all questions and answers. Expected values come from src/data.
 */
import {expect, test} from '@playwright/test';
import {FAQ, SCHEDULES} from '../../src/data';
import {offeredChannels} from '../../src/lib/channels/channelEntry';
import {describeSchedule} from '../../src/lib/words/format';
import {blocksText} from '../../src/lib/words/richText';
import {LOCALES, PAGES, TABLE_PAGES, channelTable, localePath, normalize, visibleFaqEntries} from './support';
import {channelPageHref} from '../../src/lib/channels/channelEntry';
import {getSchedule} from '../../src/lib/lookup';

test.use({javaScriptEnabled: false});

for (const {path, locale} of PAGES) {
  test(`${path} (${locale}) shows its title and content without JavaScript`, async ({page}) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // The server HTML is all there is: React never ran.
    await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main h1')).toBeVisible();
    const text = normalize(await page.locator('main').innerText());
    expect(text.length, 'main content length').toBeGreaterThan(200);
  });
}

for (const locale of LOCALES) {
  for (const route of TABLE_PAGES) {
    const path = localePath(route, locale);
    test(`${path} (${locale}) shows every channel with its entry link and hours without JavaScript`, async ({page}) => {
      await page.goto(path);
      const rows = channelTable(page).locator('tbody > tr');
      await expect(rows).toHaveCount(offeredChannels().length);
      for (const [index, channel] of offeredChannels().entries()) {
        const row = rows.nth(index);
        await expect(row.locator(`[data-channel-status="${channel.id}"]`)).toHaveCount(1);
        await expect(row).toContainText(channel.label[locale]);
        await expect(row).toContainText(getSchedule(channel.schedule).notation);
        const href = channelPageHref(channel, locale);
        if (href) {
          const link = row.locator(`a[href="${href}"]`);
          await expect(link, `${channel.id} entry link`).toBeVisible();
          await expect(link).toHaveText(/\S/);
        }
      }
    });
  }

  const contact = localePath('/helpdesk/contact', locale);
  test(`${contact} (${locale}) explains every hours notation without JavaScript`, async ({page}) => {
    await page.goto(contact);
    const text = normalize(await page.locator('main').innerText());
    for (const schedule of SCHEDULES) {
      expect(text, schedule.id).toContain(schedule.notation);
      expect(text, schedule.id).toContain(normalize(describeSchedule(schedule, locale)));
    }
  });

  const faq = localePath('/helpdesk/faq', locale);
  test(`${faq} (${locale}) shows every question and answer without JavaScript`, async ({page}) => {
    await page.goto(faq);
    const entries = await visibleFaqEntries(page);
    expect(entries.map((entry) => entry.id)).toEqual(FAQ.map((entry) => entry.id));
    for (const [index, entry] of FAQ.entries()) {
      const shown = entries[index]!;
      expect(normalize(shown.question)).toBe(normalize(entry.question[locale]));
      expect(normalize(shown.answer)).toBe(normalize(blocksText(entry.answer[locale], locale)));
      await expect(page.locator(`h2[id="${entry.id}"]`)).toBeVisible();
    }
  });
}
