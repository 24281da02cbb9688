/**
 * The channel table on /helpdesk/contact and in /helpdesk#contact: one row per
 * channel in data order, real links from channelPageHref, QR codes drawn inline,
 * no broken or missing images, no horizontal scrolling on a phone; and the
 * machine-readable /support-policy.json agrees with the data.
 */
import {expect, test, type Page} from '@playwright/test';
import QRCode from 'qrcode';
import {CHANNELS, SCHEDULES, SUPPORT_EMAIL_SUBJECT, SUPPORT_TIME_ZONE, TICKET_CHECKLIST} from '../../src/data';
import {LOCALES, TABLE_PAGES, channelTable, localePath, waitForHydration} from './support';
import {builtHtmlFiles, readBuilt, urlPathOf} from '../shared/builtSite';
import {channelHref, channelPageHref, entryQrTarget, isUsable, offeredChannels} from '../../src/lib/channels/channelEntry';

/** The channels a customer can use today: the only ones a page or the policy file may show. */
const OFFERED = offeredChannels();

/** Loads every image now (lazy ones included) and lists those that failed to decode. */
async function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const images = [...document.images];
    await Promise.all(
      images.map((image) => {
        image.loading = 'eager';
        return image.complete ? Promise.resolve() : image.decode().catch(() => undefined);
      }),
    );
    return images.filter((image) => !(image.complete && image.naturalWidth > 0)).map((image) => image.currentSrc || image.src);
  });
}

/**
 * The dark modules of a QR code drawn as one stroked path of horizontal runs
 * ("M2 2.5h7m5 0h3…", as the qrcode package draws it), as rows of 0/1 cropped
 * to the symbol (the finder patterns touch all four edges).
 */
function modulesOfPath(d: string): number[][] {
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MmHhVvZz])([^MmHhVvZz]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    switch (command) {
      case 'M':
        [x, y] = [n[0]!, n[1]!];
        break;
      case 'm':
        [x, y] = [x + n[0]!, y + n[1]!];
        break;
      case 'h':
        for (let i = 0; i < n[0]!; i += 1) dark.add(`${Math.floor(x + i)},${Math.floor(y)}`);
        x += n[0]!;
        break;
      default:
        throw new Error(`unexpected path command ${command} in a QR code`);
    }
  }
  const cells = [...dark].map((key) => key.split(',').map(Number) as [number, number]);
  const minX = Math.min(...cells.map(([cx]) => cx));
  const minY = Math.min(...cells.map(([, cy]) => cy));
  const size = Math.max(...cells.map(([cx]) => cx)) - minX + 1;
  return Array.from({length: size}, (_, row) =>
    Array.from({length: size}, (_, col) => (dark.has(`${minX + col},${minY + row}`) ? 1 : 0)),
  );
}

/** Whether `matrix` is a QR symbol of `text` (any error-correction level and mask). */
function encodes(matrix: number[][], text: string): boolean {
  const size = matrix.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1) {
    return false;
  }
  for (const errorCorrectionLevel of ['L', 'M', 'Q', 'H'] as const) {
    for (const maskPattern of [0, 1, 2, 3, 4, 5, 6, 7] as const) {
      let symbol: ReturnType<typeof QRCode.create>;
      try {
        symbol = QRCode.create(text, {errorCorrectionLevel, maskPattern, version});
      } catch {
        continue;
      }
      if (matrix.every((cells, row) => cells.every((cell, col) => cell === (symbol.modules.get(row, col) ? 1 : 0)))) {
        return true;
      }
    }
  }
  return false;
}

test('the QR codes in the channel table encode the channel entry links', async ({page, request}) => {
  await page.goto('/helpdesk/contact');
  const rows = channelTable(page).locator('tbody > tr');
  await expect(rows).toHaveCount(OFFERED.length);
  for (const [index, channel] of OFFERED.entries()) {
    const href = entryQrTarget(channel.entry);
    if (!href) {
      continue;
    }
    const qr = rows.nth(index).getByRole('img');
    await expect(qr).toHaveCount(1);
    const inline = await qr.evaluate((element) =>
      element.tagName.toLowerCase() === 'svg'
        ? ([...element.querySelectorAll('path[d]')].map((path) => path.getAttribute('d') ?? '').at(-1) ?? '')
        : null,
    );
    let d = inline;
    if (d === null) {
      const src = await qr.evaluate((element) => (element as HTMLImageElement).currentSrc || (element as HTMLImageElement).src);
      const response = await request.get(src);
      expect(response.status(), src).toBe(200);
      const svg = await response.text();
      d = [...svg.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((match) => match[1]!).at(-1) ?? '';
    }
    expect(encodes(modulesOfPath(d), href), `${channel.id} QR code encodes ${href}`).toBe(true);
  }
});

for (const locale of LOCALES) {
  for (const route of TABLE_PAGES) {
    const url = localePath(route, locale);

    test.describe(`${url} (${locale})`, () => {
      test('channel table: one row per channel in data order, with real entry links', async ({page}) => {
        await page.goto(url);
        await waitForHydration(page);
        const table = channelTable(page);
        await expect(table).toHaveCount(1);
        await expect(table).toBeVisible();

        const rows = table.locator('tbody > tr');
        await expect(rows).toHaveCount(OFFERED.length);
        const rowChannels = await rows.evaluateAll((trs) =>
          trs.map((tr) => tr.querySelector<HTMLElement>('[data-channel-status]')?.dataset.channelStatus ?? null),
        );
        expect(rowChannels).toEqual(OFFERED.map((channel) => channel.id));

        for (const [index, channel] of OFFERED.entries()) {
          const row = rows.nth(index);
          await expect(row, channel.id).toContainText(channel.label[locale]);
          const href = channelPageHref(channel, locale);
          if (href) {
            const link = row.locator(`a[href="${href}"]`);
            await expect(link, `${channel.id} entry link ${href}`).toHaveCount(1);
            await expect(link).toBeVisible();
          }
          switch (channel.entry.kind) {
            case 'email': {
              // The address, with the subject and the ticket checklist pre-filled in the reader's language.
              const mailto = new URL(href!);
              expect(`${mailto.protocol}${mailto.pathname}`).toBe(`mailto:${channel.entry.address}`);
              expect(mailto.searchParams.get('subject')).toBe(SUPPORT_EMAIL_SUBJECT[locale]);
              const body = mailto.searchParams.get('body') ?? '';
              for (const item of TICKET_CHECKLIST) {
                expect(body, 'pre-filled e-mail body').toContain(item[locale]);
              }
              expect(href, 'spaces percent-encoded, not "+"').not.toMatch(/[ +]/);
              await expect(row.locator(`a[href^="mailto:"]`)).toHaveText(channel.entry.address);
              break;
            }
            case 'phone':
              expect(href).toBe(`tel:${channel.entry.e164}`);
              await expect(row.locator(`a[href^="tel:"]`)).toHaveText(channel.entry.display);
              // Readers abroad get the number with the country code.
              await expect(row).toContainText(channel.entry.international);
              break;
            case 'link':
              if (channel.entry.reference) {
                await expect(row).toContainText(channel.entry.reference.value);
              }
              await expect(row.locator(`a[href="${href}"]`)).toHaveText(channel.entry.label[locale]);
              break;
            case 'scan': {
              // Offered only with at least one code: each image the data lists, with its alt text, and no link.
              expect(href).toBeNull();
              const images = row.locator('img');
              await expect(images).toHaveCount(channel.entry.images.length);
              for (const [n, image] of channel.entry.images.entries()) {
                // Each locale's build carries static/ under its own base URL (/en/img/… on English pages).
                await expect(images.nth(n), channel.id).toHaveAttribute('src', localePath(image.src, locale));
                await expect(images.nth(n)).toHaveAttribute('alt', image.alt[locale]);
              }
              break;
            }
            default:
              throw new Error(`no check for the entry kind of ${channel.id}: ${channel.entry satisfies never}`);
          }
        }
      });

      test('QR codes are drawn where the data asks for one (desktop); no broken images', async ({page}) => {
        await page.setViewportSize({width: 1280, height: 800});
        await page.goto(url);
        const rows = channelTable(page).locator('tbody > tr');
        await expect(rows).toHaveCount(OFFERED.length);
        expect(
          OFFERED.some((channel) => entryQrTarget(channel.entry)),
          'some channel has a QR code',
        ).toBe(true);
        for (const [index, channel] of OFFERED.entries()) {
          // Inline <svg role="img"> or an <img> of a build-time SVG: both are role "img" with a name.
          const qr = rows.nth(index).getByRole('img');
          if (entryQrTarget(channel.entry)) {
            await expect(qr, `${channel.id} QR code`).toHaveCount(1);
            await qr.scrollIntoViewIfNeeded();
            await expect(qr).toBeVisible();
            await expect(qr).toHaveAccessibleName(/\S/);
            const drawn = await qr.evaluate(async (element) => {
              if (element instanceof HTMLImageElement) {
                await element.decode().catch(() => undefined);
                return element.complete && element.naturalWidth > 0;
              }
              return element.tagName.toLowerCase() === 'svg' && element.querySelector('path[d]') !== null;
            });
            expect(drawn, `${channel.id} QR code is drawn`).toBe(true);
            const box = await qr.boundingBox();
            expect(box?.width ?? 0, `${channel.id} QR width`).toBeGreaterThanOrEqual(64);
          } else {
            // No drawn code: only the codes to scan the data lists, if any (checked with the table's entries).
            const published = channel.entry.kind === 'scan' ? channel.entry.images.length : 0;
            await expect(qr, `${channel.id} has no drawn QR code`).toHaveCount(published);
          }
        }

        await waitForHydration(page);
        expect(await page.locator('img').count(), 'the page has images (navbar logo at least)').toBeGreaterThan(0);
        expect(await brokenImages(page), 'images that failed to load').toEqual([]);
      });

      test('no horizontal scrolling at 360×740', async ({page}) => {
        await page.setViewportSize({width: 360, height: 740});
        await page.goto(url);
        await waitForHydration(page);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(360);
      });
    });
  }
}

test('/support-policy.json agrees with the data', async ({request}) => {
  const response = await request.get('/support-policy.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const policy = (await response.json()) as {
    timeZone: string;
    channels: {id: string; href: string | null; schedule: string}[];
    schedules: {id: string; timeZone: string; isoWeekdays: number[]; intervals: {start: string; end: string}[]}[];
  };
  expect(policy.timeZone).toBe(SUPPORT_TIME_ZONE);
  expect(policy.channels.map(({id, href, schedule}) => ({id, href, schedule}))).toEqual(
    OFFERED.map((channel) => ({id: channel.id, href: channelHref(channel), schedule: channel.schedule})),
  );
  expect(policy.schedules.map(({id, timeZone, isoWeekdays, intervals}) => ({id, timeZone, isoWeekdays, intervals}))).toEqual(
    SCHEDULES.map((schedule) => ({
      id: schedule.id,
      timeZone: schedule.timeZone,
      isoWeekdays: [...schedule.days],
      intervals: schedule.intervals.map(({start, end}) => ({start, end})),
    })),
  );
});

test.describe('a channel nobody can use yet', () => {
  test.use({javaScriptEnabled: false});
  const pending = CHANNELS.filter((channel) => !isUsable(channel));

  test('appears on no built page, in no JSON-LD and not in the policy file, but for one sentence on the contact page', async ({
    page,
  }) => {
    test.skip(pending.length === 0, 'every channel has a usable entry: there is nothing to leave out');
    const policy = readBuilt('support-policy.json');
    for (const channel of pending) {
      expect(policy, `support-policy.json names ${channel.id}`).not.toContain(`"${channel.id}"`);
    }
    const sentences: string[] = [];
    for (const file of builtHtmlFiles()) {
      await page.goto(urlPathOf(file));
      // What the page holds about each pending channel, read by the browser's own parser.
      const found = await page.evaluate(
        (channels) => {
          const notes = [...document.querySelectorAll('[data-pending-channels]')].map((note) => {
            const ids = note.getAttribute('data-pending-channels') ?? '';
            note.remove();
            return ids;
          });
          const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
            (script) => script.textContent,
          );
          document.querySelectorAll('script, style').forEach((element) => element.remove());
          const text = document.body.textContent ?? '';
          return {
            notes,
            channels: channels.map(({id, names}) => ({
              id,
              badges: document.querySelectorAll(`[data-channel-status="${id}"]`).length,
              rows: document.querySelectorAll(`#channel-${id}`).length,
              links: document.querySelectorAll(`a[href*="#channel-${id}"]`).length,
              inJsonLd: names.filter((name) => jsonLd.some((block) => block?.includes(name))),
              inText: names.filter((name) => text.includes(name)),
            })),
          };
        },
        pending.map((channel) => ({id: channel.id, names: Object.values(channel.label)})),
      );
      sentences.push(...found.notes.map((ids) => `${file}: ${ids}`));
      for (const channel of found.channels) {
        expect(channel, file).toEqual({id: channel.id, badges: 0, rows: 0, links: 0, inJsonLd: [], inText: []});
      }
    }
    // The one sentence: on the contact page of each locale, naming exactly the pending channels.
    const ids = pending.map((channel) => channel.id).join(' ');
    expect(sentences.sort()).toEqual([`en/helpdesk/contact.html: ${ids}`, `helpdesk/contact.html: ${ids}`]);
  });
});
