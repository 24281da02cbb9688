/**
 * The live-status contract (ARCHITECTURE.md, "Live status contract"): server HTML says `unknown`; after
 * hydration every badge shows `open`/`closed` for the current instant — the
 * instant only, never the visitor's time zone — a closed channel says when it
 * opens next in China time and in the visitor's time, and the status refreshes
 * every minute without a reload. Expected values come from the data and
 * src/lib/time/status with the calendar the build shipped, driven by Playwright's fake clock.
 */
import {expect, test, type Browser, type Page} from '@playwright/test';
import {CHANNELS, STANDARD_HOURS, SUPPORT_TIME_ZONE, type ChannelId} from '../../src/data';
import {describeSchedule} from '../../src/lib/words/format';
import {
  channelStatus as statusWith,
  inStandardHours as inStandardHoursWith,
  type ChannelStatus,
} from '../../src/lib/time/status';
import {offeredChannels} from '../../src/lib/channels/channelEntry';
import {zonedTime} from '../../src/lib/time/schedule';
import {shippedCalendar} from './holidaysSupport';
import {LOCALES, localePath, renderedStates, tagsWithAttribute, waitForHydration, wallClock, type Locale} from './support';
import {getSchedule} from '../../src/lib/lookup';

/** Browser time zones far apart on both sides of China, one with a 45-minute offset, and China itself. */
const ZONES = ['Pacific/Honolulu', 'UTC', 'Asia/Kathmandu', 'Pacific/Kiritimati', SUPPORT_TIME_ZONE] as const;

/** Instants in China time (ISO weekday 1 = Monday), covering every edge of the schedules. */
const INSTANTS = [
  {name: 'Wednesday 10:00', iso: '2025-06-11T10:00:00+08:00', weekday: 3},
  {name: 'Wednesday 17:30 exactly', iso: '2025-06-11T17:30:00+08:00', weekday: 3},
  {name: 'Friday 17:29', iso: '2025-06-13T17:29:00+08:00', weekday: 5},
  {name: 'Friday 17:30', iso: '2025-06-13T17:30:00+08:00', weekday: 5},
  {name: 'Saturday 10:00', iso: '2025-06-14T10:00:00+08:00', weekday: 6},
  {name: 'Sunday 10:00', iso: '2025-06-15T10:00:00+08:00', weekday: 7},
  {name: 'Thursday 03:00 (night)', iso: '2025-06-12T03:00:00+08:00', weekday: 4},
] as const;

const channelStatus = (channel: (typeof CHANNELS)[number], instant: Date): ChannelStatus =>
  statusWith(channel, instant, shippedCalendar('en'));
const inStandardHours = (instant: Date): boolean => inStandardHoursWith(instant, shippedCalendar('en'));

const CONTACT = '/helpdesk/contact';
/** Pages that render live badges: the channel table and/or the ReachNow panel. */
const LIVE_PAGES = ['/', '/helpdesk', CONTACT] as const;

function expectedStates(instant: Date): Record<string, string> {
  return Object.fromEntries(offeredChannels().map((channel) => [channel.id, channelStatus(channel, instant).state]));
}

/** One state per channel, or a description of disagreeing badges of the same channel. */
async function stateByChannel(page: Page): Promise<Record<string, string>> {
  const states = await renderedStates(page);
  return Object.fromEntries(
    Object.entries(states).map(([id, list]) => [id, new Set(list).size === 1 ? list[0]! : `mixed(${list.join(',')})`]),
  );
}

/** A fresh context in `timezoneId` whose clock starts at `instant`, on `path`, hydrated and live. */
async function openAt(
  browser: Browser,
  baseURL: string,
  {instant, timezoneId, path, locale = 'zh-Hans'}: {instant: Date; timezoneId: string; path: string; locale?: Locale},
) {
  const context = await browser.newContext({baseURL, timezoneId});
  const page = await context.newPage();
  await page.clock.install({time: instant});
  await page.goto(localePath(path, locale));
  await waitForHydration(page);
  // The first reading of the clock happens right after hydration.
  await expect.poll(async () => Object.values(await stateByChannel(page)).filter((state) => state === 'unknown')).toEqual([]);
  return {context, page};
}

test.describe('(a) server HTML', () => {
  for (const locale of LOCALES) {
    for (const path of LIVE_PAGES) {
      const url = localePath(path, locale);
      test(`${url} says unknown for every channel before hydration`, async ({request}) => {
        const response = await request.get(url);
        expect(response.status()).toBe(200);
        const html = await response.text();
        const badges = tagsWithAttribute(html, 'data-channel-status');
        // Only channels a customer can use today have a badge, on every page.
        const shown = offeredChannels();
        expect(badges.length).toBeGreaterThanOrEqual(shown.length);
        expect([...new Set(badges.map((badge) => badge['data-channel-status']))].sort()).toEqual(
          shown.map((channel) => channel.id).sort(),
        );
        for (const badge of badges) {
          expect(badge['data-state'], `data-state of ${badge['data-channel-status']}`).toBe('unknown');
        }
        // Nor does the server know which advice applies now.
        for (const advice of tagsWithAttribute(html, 'data-current')) {
          expect(advice['data-current']).not.toBe('true');
        }
      });
    }
  }
});

test.describe('(b) state after hydration depends on the instant only', () => {
  test('the chosen instants are the intended China weekdays and exercise both states of every schedule', () => {
    for (const {iso, weekday} of INSTANTS) {
      expect(zonedTime(new Date(iso), SUPPORT_TIME_ZONE).weekday, iso).toBe(weekday);
    }
    for (const channel of CHANNELS) {
      const states = new Set(INSTANTS.map(({iso}) => channelStatus(channel, new Date(iso)).state));
      if (channel.schedule === '7x24') {
        expect([...states], channel.id).toEqual(['open']);
      } else {
        expect([...states].sort(), channel.id).toEqual(['closed', 'open']);
      }
    }
  });

  // Fresh page loads: each instant in two different zones (every zone takes part), side by side.
  for (const [index, {name, iso}] of INSTANTS.entries()) {
    const zones = [ZONES[index % ZONES.length]!, ZONES[(index + 2) % ZONES.length]!];
    test(`${name} China time, fresh load in ${zones.join(' and ')}: badges match channelStatus`, async ({browser, baseURL}) => {
      const instant = new Date(iso);
      const expected = expectedStates(instant);
      const seen = await Promise.all(
        zones.map(async (timezoneId, zoneIndex) => {
          const locale = LOCALES[zoneIndex % LOCALES.length]!;
          const {context, page} = await openAt(browser, baseURL!, {instant, timezoneId, path: CONTACT, locale});
          const states = await stateByChannel(page);
          await context.close();
          expect.soft(states, `states in ${timezoneId} (${locale})`).toEqual(expected);
          return states;
        }),
      );
      // Same instant, different zones: identical states.
      expect(seen[1], `${zones[1]} vs ${zones[0]}`).toEqual(seen[0]);
    });
  }

  test('every zone, clock moved through all instants on an open page: same states everywhere', async ({browser, baseURL}) => {
    // Five pages at once, each stepped through every instant: more than the default 30 s on a loaded two-core machine.
    test.setTimeout(120_000);
    const timeline = [...INSTANTS].map(({name, iso}) => ({name, instant: new Date(iso)}));
    timeline.sort((a, b) => a.instant.getTime() - b.instant.getTime());
    const first = timeline[0]!;

    const seenByZone = await Promise.all(
      ZONES.map(async (timezoneId, index) => {
        const locale = LOCALES[index % LOCALES.length]!;
        const {context, page} = await openAt(browser, baseURL!, {
          instant: first.instant,
          timezoneId,
          path: CONTACT,
          locale,
        });
        const seen: Record<string, string>[] = [];
        for (const {name, instant} of timeline) {
          // Jump exactly to the instant (the page's clock has run on a little since it loaded).
          const pageNow = await page.evaluate(() => Date.now());
          if (instant.getTime() > pageNow) {
            await page.clock.fastForward(instant.getTime() - pageNow);
          }
          const expected = expectedStates(instant);
          await expect.poll(() => stateByChannel(page), {message: `${name} in ${timezoneId} (${locale})`}).toEqual(expected);
          seen.push(await stateByChannel(page));
        }
        await context.close();
        return seen;
      }),
    );
    for (const [index, timezoneId] of ZONES.entries()) {
      expect(seenByZone[index], `${timezoneId} vs ${ZONES[0]}`).toEqual(seenByZone[0]);
    }
  });
});

test.describe('(c) a closed channel says when it opens next', () => {
  // Saturday: the 5×8 channels are closed until Monday; at night the 7×8 phone is closed until the morning.
  const CLOSED_AT = [INSTANTS[4], INSTANTS[6]];

  for (const timezoneId of ZONES) {
    test(`in ${timezoneId}: next opening in China time${timezoneId === SUPPORT_TIME_ZONE ? '' : ' and local time'}`, async ({
      browser,
      baseURL,
    }) => {
      for (const [index, {name, iso}] of CLOSED_AT.entries()) {
        const instant = new Date(iso);
        const locale = LOCALES[index % LOCALES.length]!;
        await test.step(`${name} (${locale})`, async () => {
          const {context, page} = await openAt(browser, baseURL!, {instant, timezoneId, path: CONTACT, locale});
          expect(await stateByChannel(page)).toEqual(expectedStates(instant));
          const closed = offeredChannels().filter((channel) => channelStatus(channel, instant).state === 'closed');
          expect(closed.length).toBeGreaterThan(0);
          for (const channel of closed) {
            const opensAt = channelStatus(channel, instant).opensAt!;
            const china = wallClock(opensAt, SUPPORT_TIME_ZONE);
            const local = wallClock(opensAt, timezoneId);
            const badges = page.locator(`[data-channel-status="${channel.id}"]`);
            await expect(badges.first()).toBeVisible();
            for (const text of await badges.allInnerTexts()) {
              expect(text, `${channel.id} badge`).toContain(china);
              const times = text.match(/\b\d{2}:\d{2}\b/g) ?? [];
              if (timezoneId === SUPPORT_TIME_ZONE) {
                expect(times, `${channel.id} badge shows one time in China`).toEqual([china]);
              } else {
                expect(local).not.toBe(china);
                expect(text, `${channel.id} badge, local time`).toContain(local);
                expect(times.sort(), `${channel.id} badge shows China and local time`).toEqual([china, local].sort());
              }
            }
          }
          await context.close();
        });
      }
    });
  }
});

test.describe('(d) minute refresh without reload', () => {
  test.use({timezoneId: 'Asia/Kathmandu'});

  test('a minute before closing → closed, China time: the QQ group closes on the open page', async ({page}) => {
    const qq: ChannelId = 'qq-group';
    const qqChannel = CHANNELS.find((channel) => channel.id === qq)!;
    // A Friday, a minute before the group's hours end (src/data/hours.ts).
    const closing = new Date(`2025-06-13T${getSchedule(qqChannel.schedule).intervals[0]!.end}:00+08:00`);
    const start = new Date(closing.getTime() - 60_000);
    expect(channelStatus(qqChannel, start).state).toBe('open');
    const later = new Date(start.getTime() + 61_000);
    expect(channelStatus(qqChannel, later).state).toBe('closed');

    await page.clock.install({time: start});
    await page.goto(CONTACT);
    await waitForHydration(page);
    await expect.poll(() => stateByChannel(page)).toEqual(expectedStates(start));
    await page.evaluate(() => {
      (window as unknown as {__noReload?: number}).__noReload = 1;
    });

    await page.clock.runFor(61_000);

    await expect.poll(() => stateByChannel(page)).toEqual(expectedStates(later));
    const qqBadges = page.locator(`[data-channel-status="${qq}"]`);
    for (const badge of await qqBadges.all()) {
      await expect(badge).toHaveAttribute('data-state', 'closed');
    }
    expect(await page.evaluate(() => (window as unknown as {__noReload?: number}).__noReload)).toBe(1);
  });
});

test.describe('(e) ReachNow marks the advice that applies now', () => {
  const CASES = [
    {iso: INSTANTS[0].iso, name: INSTANTS[0].name},
    {iso: INSTANTS[5].iso, name: INSTANTS[5].name},
  ];

  for (const locale of LOCALES) {
    for (const path of ['/', CONTACT]) {
      test(`${localePath(path, locale)}: live summary and one current advice`, async ({browser, baseURL}) => {
        const inHours: boolean[] = [];
        for (const {iso, name} of CASES) {
          const instant = new Date(iso);
          inHours.push(inStandardHours(instant));
          await test.step(name, async () => {
            // Honolulu reads Tuesday 16:00 / Saturday 16:00 here: a local-time bug would pick the wrong advice.
            const {context, page} = await openAt(browser, baseURL!, {instant, timezoneId: 'Pacific/Honolulu', path, locale});
            const panel = page.locator('section[aria-labelledby="reach-now"]');
            await expect(panel).toHaveCount(1);

            const summary = panel.locator(':scope > p').first();
            // The summary names the live channels open now, and none that is closed or queued, as live.
            const live = offeredChannels().filter((channel) => channel.attendance === 'live');
            const liveOpen = live.filter((channel) => channelStatus(channel, instant).state === 'open');
            // What a reader sees (innerText leaves out layers hidden to reserve space).
            const shown = (await summary.evaluate((element) => (element as HTMLElement).innerText)).trim();
            expect(shown).toContain(wallClock(instant, SUPPORT_TIME_ZONE));
            // The live part comes first; the queued channels' sentence starts with their names.
            const queuedStart = Math.min(
              ...offeredChannels()
                .filter((channel) => channel.attendance === 'queued')
                .map((channel) => shown.indexOf(channel.label[locale]))
                .filter((index) => index >= 0),
            );
            const liveSentence = shown.slice(0, queuedStart);
            for (const channel of live) {
              expect(liveSentence.includes(channel.label[locale]), `${channel.id} named as live now`).toBe(
                liveOpen.includes(channel),
              );
            }

            const advice = panel.locator('[data-current]');
            await expect(advice).toHaveCount(2);
            await expect(panel.locator('[data-current="true"]')).toHaveCount(1);
            // The first case is "in standard hours" (it states those hours), the second "outside".
            await expect(advice.nth(0)).toContainText(describeSchedule(getSchedule(STANDARD_HOURS), locale));
            const current = inStandardHours(instant) ? 0 : 1;
            await expect(advice.nth(current)).toHaveAttribute('data-current', 'true');
            await expect(advice.nth(1 - current)).toHaveAttribute('data-current', 'false');
            await context.close();
          });
        }
        // Wednesday 10:00 is in the 6×8 standard hours, Sunday 10:00 is not.
        expect(inHours).toEqual([true, false]);
      });
    }
  }
});
