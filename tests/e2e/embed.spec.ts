/**
 * The embeddable status element (/support-status.js, ARCHITECTURE.md "Subscribe
 * and embed") on a page of another origin that sets a strict Content-Security-Policy,
 * with the browser's clock fixed: at each instant it shows, channel by channel,
 * the same data-state, data-reason and data-replies-from as the site's own contact
 * page at that instant, and what src/lib/time/status computes from the shipped calendar.
 * The instants are picked from that calendar: an ordinary weekday at 10:00, the
 * second day of the 2026 National Day break, an ordinary Sunday at 03:00.
 */
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {expect, test, type Browser, type Page} from '@playwright/test';
import type {ChannelId} from '../../src/data';
import {coversYear, dayNumber, inRange, isoDateOfDay} from '../../src/lib/calendar/calendar';
import {offeredChannels} from '../../src/lib/channels/channelEntry';
import {STATUS_MODULE_PATH} from '../../src/lib/published/feedPaths';
import {channelStatus, isoInZone, repliesFrom} from '../../src/lib/time/status';
import {SHIPPED_SOURCE, shippedCalendar} from './holidaysSupport';
import {SITE_URL} from '../shared/builtSite';
import {calendarFeedPath} from '../../src/lib/published/feedPaths';
import {
  LOCALES,
  collectProblems,
  localePath,
  recordCspViolations,
  tagsWithAttribute,
  waitForHydration,
  type Locale,
} from './support';
import {getChannel, getSchedule} from '../../src/lib/lookup';

/** Text of raw HTML with the character references a minifier writes read back. */
const decodeHtml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|amp|#39|#x27);/g,
    (_, name: string) => ({lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'", '#x27': "'"})[name]!,
  );

const weekday = (date: string) => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1; // ISO, 1970-01-01 was a Thursday
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/** The first date of the first covered year with the ISO weekday that no holiday, make-up day or closure touches. */
function ordinary(isoWeekday: number): string {
  const year = SHIPPED_SOURCE.years[0]!;
  const ranges = [...SHIPPED_SOURCE.holidays, ...SHIPPED_SOURCE.workdays, ...SHIPPED_SOURCE.closures];
  for (let day = dayNumber(`${year}-03-01`); ; day += 1) {
    const date = isoDateOfDay(day);
    if (weekday(date) === isoWeekday && !ranges.some((range) => inRange(range, date))) {
      return date;
    }
  }
}

const INSTANTS = [
  {name: 'a weekday at 10:00 China time', instant: at(ordinary(3), '10:00')},
  {name: 'the second day of the National Day break, 10:00', instant: at('2026-10-02', '10:00')},
  {name: 'a Sunday at 03:00 China time', instant: at(ordinary(7), '03:00')},
];

interface Shown {
  state: string | null;
  reason: string | null;
  repliesFrom: string | null;
}

/** Each channel's attributes in the elements found by `selector` (shadow roots pierced); disagreeing duplicates fail. */
async function shownByChannel(page: Page, selector: string): Promise<Record<string, Shown>> {
  const elements = await page.locator(selector).evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute('data-channel-status')!,
      state: node.getAttribute('data-state'),
      reason: node.getAttribute('data-reason'),
      repliesFrom: node.getAttribute('data-replies-from'),
    })),
  );
  const byChannel: Record<string, Shown> = {};
  for (const {id, ...shown} of elements) {
    if (byChannel[id]) {
      expect(shown, `every element of ${id} agrees`).toEqual(byChannel[id]);
    }
    byChannel[id] = shown;
  }
  return byChannel;
}

/** What src/lib/time/status says of each offered channel at `instant`, as the attributes carry it. */
function expected(instant: Date, locale: Locale): Record<string, Shown> {
  const calendar = shippedCalendar(locale);
  return Object.fromEntries(
    offeredChannels().map((channel) => {
      const status = channelStatus(channel, instant, calendar);
      const replies = channel.attendance === 'queued' ? repliesFrom(instant, calendar) : null;
      return [
        channel.id,
        {state: status.state, reason: status.reason, repliesFrom: replies ? isoInZone(replies, 'Asia/Shanghai') : null},
      ];
    }),
  );
}

/** A console page on its own origin (localhost, another port): the element, and a CSP that allows only the site's origin. */
function consolePage(siteOrigin: string, locale: Locale, channel?: ChannelId): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>Operations console</title>`,
    `<script type="module" src="${siteOrigin}${STATUS_MODULE_PATH}"></script>`,
    '</head><body><h1>Operations console</h1>',
    `<websoft9-support-status lang="${locale}"${channel ? ` channel="${channel}"` : ''}></websoft9-support-status>`,
    '</body></html>',
  ].join('');
}

/** No inline script or style, no eval, no trusted-types sink: only the site's module and its fetch of the policy. */
const strictCsp = (siteOrigin: string) =>
  [
    "default-src 'none'",
    `script-src ${siteOrigin}`,
    `connect-src ${siteOrigin}`,
    "require-trusted-types-for 'script'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

let server: Server;
let foreignOrigin = '';

test.beforeAll(async ({baseURL}) => {
  const siteOrigin = new URL(baseURL!).origin;
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const locale = (url.searchParams.get('lang') ?? 'en') as Locale;
    const channel = (url.searchParams.get('channel') ?? undefined) as ChannelId | undefined;
    if (url.pathname !== '/') {
      // The browser's favicon request, and anything else: nothing, and no error for the console to log.
      response.writeHead(204).end();
      return;
    }
    response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': strictCsp(siteOrigin)});
    response.end(consolePage(siteOrigin, locale, channel));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Another host name and another port than the site (127.0.0.1:E2E_PORT): another origin.
  foreignOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A page whose clock reads `instant` (timers still run), with problems and CSP violations recorded. */
async function pageAt(browser: Browser, instant: Date, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(instant);
  const {problems} = collectProblems(page, origin);
  const violations = await recordCspViolations(page);
  return {context, page, problems, violations};
}

test.describe('the status element on a page of another origin, under a strict CSP', () => {
  for (const locale of LOCALES) {
    for (const {name, instant} of INSTANTS) {
      test(`${locale}, ${name}: the same states as the contact page`, async ({browser, baseURL}) => {
        const siteOrigin = new URL(baseURL!).origin;
        expect(foreignOrigin).not.toBe(siteOrigin);

        const site = await pageAt(browser, instant, siteOrigin);
        await site.page.goto(`${siteOrigin}${localePath('/helpdesk/contact', locale)}`);
        await waitForHydration(site.page);
        await expect(site.page.locator('[data-channel-status][data-state="unknown"]')).toHaveCount(0);
        const onSite = await shownByChannel(site.page, '[data-channel-status]');

        const foreign = await pageAt(browser, instant, siteOrigin);
        await foreign.page.goto(`${foreignOrigin}/?lang=${locale}`);
        const element = foreign.page.locator('websoft9-support-status');
        await expect(element.locator('[data-channel-status]')).toHaveCount(offeredChannels().length);
        await expect(element.locator('[data-state="unknown"]')).toHaveCount(0);
        const embedded = await shownByChannel(foreign.page, 'websoft9-support-status [data-channel-status]');

        expect(embedded).toEqual(onSite);
        expect(embedded).toEqual(expected(instant, locale));
        // In an open shadow root, not in the page's own DOM.
        expect(await element.evaluate((host) => host.shadowRoot?.mode)).toBe('open');
        expect(await foreign.page.evaluate(() => document.querySelectorAll('[data-channel-status]').length)).toBe(0);
        // Words of the element's language; the constructed stylesheet applies although the CSP allows no style.
        await expect(element.locator(`[data-channel-status="phone"] b`)).toHaveText(getChannel('phone').label[locale]);
        expect(
          await element
            .locator('li')
            .first()
            .evaluate((item) => getComputedStyle(item).display),
        ).toBe('flex');

        expect(foreign.violations, 'CSP violations on the console page').toEqual([]);
        expect(foreign.problems, 'console errors or failed requests').toEqual([]);
        await site.context.close();
        await foreign.context.close();
      });
    }
  }

  test('says unknown until the policy arrives, then shows only the channel asked for', async ({browser, baseURL}) => {
    const siteOrigin = new URL(baseURL!).origin;
    const instant = INSTANTS[0]!.instant;
    const {context, page, problems, violations} = await pageAt(browser, instant, siteOrigin);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${siteOrigin}/support-policy.json`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${foreignOrigin}/?lang=zh-Hans&channel=phone`);
    const rows = page.locator('websoft9-support-status [data-channel-status]');
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAttribute('data-state', 'unknown');
    release();
    await expect(rows).toHaveAttribute('data-state', expected(instant, 'zh-Hans').phone!.state!);
    await expect(rows).toHaveAttribute('data-channel-status', 'phone');
    await expect(rows).toHaveCount(1);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('follows the clock without a reload', async ({browser}) => {
    // An ordinary weekday, one minute before the phone line opens (its hours as src/data/hours.ts has them).
    const date = ordinary(3);
    const opening = at(date, getSchedule(getChannel('phone').schedule).intervals[0]!.start);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install({time: new Date(opening.getTime() - 60_000)});
    await page.goto(`${foreignOrigin}/?lang=en&channel=phone`);
    const phone = page.locator('websoft9-support-status [data-channel-status="phone"]');
    await expect(phone).toHaveAttribute('data-state', 'closed');
    await page.clock.runFor(61_000);
    await expect(phone).toHaveAttribute('data-state', 'open');
    expect(coversYear(SHIPPED_SOURCE, Number(date.slice(0, 4)))).toBe(true);
    await context.close();
  });
});

test.describe('the contact page offers both, from the site URL, in its server HTML', () => {
  for (const locale of LOCALES) {
    test(`${localePath('/helpdesk/contact', locale)}: subscribe links and the embed snippet`, async ({request}) => {
      const html = await (await request.get(localePath('/helpdesk/contact', locale))).text();
      const start = html.indexOf('data-support-feeds');
      expect(start, 'the SupportFeeds block').toBeGreaterThan(0);
      const section = html.slice(start, html.indexOf('</div>', start));
      const feed = `${SITE_URL}${calendarFeedPath(locale)}`;
      expect(tagsWithAttribute(section, 'href').map((tag) => tag.href)).toEqual([feed.replace(/^https?:/, 'webcal:'), feed]);
      const snippet = decodeHtml(/<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(section)?.[1] ?? '');
      expect(snippet).toBe(
        `<script type="module" src="${SITE_URL}${STATUS_MODULE_PATH}"></script>\n` +
          `<websoft9-support-status lang="${locale}"></websoft9-support-status>`,
      );
    });
  }
});
