/**
 * Who answers, and when (ARCHITECTURE.md, "Who answers, and when"): queued channels (tickets, email) are accepted
 * at any hour but never called staffed or online; their badge carries
 * `data-replies-from`, the instant the team reads them (the instant itself in
 * standard hours, else the next opening of standard hours, holidays included), and
 * the live panel separates live channels open now from queued ones. Each case runs
 * on the real built page with a fixed browser clock; expected values come from the
 * data and src/lib/time/status with the calendar the build shipped.
 */
import {expect, test} from '@playwright/test';
import {STANDARD_HOURS, SUPPORT_TIME_ZONE} from '../../src/data';
import {offeredChannels} from '../../src/lib/channels/channelEntry';
import {zonedTime} from '../../src/lib/time/schedule';
import {channelStatus, isoInZone, repliesFrom} from '../../src/lib/time/status';
import {shippedCalendar} from './holidaysSupport';
import {
  LOCALES,
  describeShifts,
  layoutShifts,
  shiftTotal,
  localePath,
  recordLayoutShifts,
  waitForHydration,
  wallClock,
} from './support';
import {getSchedule} from '../../src/lib/lookup';

const QUEUED = offeredChannels().filter((channel) => channel.attendance === 'queued');
const LIVE = offeredChannels().filter((channel) => channel.attendance === 'live');
const CONTACT = '/helpdesk/contact';
/** Words a queued channel's badge or summary must never use: it is accepted, not staffed. */
const STAFFED = {'zh-Hans': /在线|有人值守|服务中/, en: /staffed|online|open now/i};

/** When the standard hours open (src/data/hours.ts), China time. */
const OPENING = `${getSchedule(STANDARD_HOURS).intervals[0]!.start}:00+08:00`;

const CASES = [
  {name: 'Sunday 03:00', iso: '2026-11-29T03:00:00+08:00', expectFrom: `2026-11-30T${OPENING}`},
  {name: 'National Day, 2 October 10:00', iso: '2026-10-02T10:00:00+08:00', expectFrom: `2026-10-08T${OPENING}`},
  {name: 'a Tuesday 10:00 (standard hours)', iso: '2026-11-24T10:00:00+08:00', expectFrom: '2026-11-24T10:00:00+08:00'},
  {name: 'Saturday 23:30', iso: '2026-11-28T23:30:00+08:00', expectFrom: `2026-11-30T${OPENING}`},
] as const;

test('the cases are what their names say', () => {
  expect(zonedTime(new Date(CASES[0].iso), SUPPORT_TIME_ZONE).weekday).toBe(7);
  expect(zonedTime(new Date(CASES[2].iso), SUPPORT_TIME_ZONE).weekday).toBe(2);
  expect(zonedTime(new Date(CASES[3].iso), SUPPORT_TIME_ZONE).weekday).toBe(6);
  expect(QUEUED.length).toBeGreaterThan(0);
});

for (const {name, iso, expectFrom} of CASES) {
  for (const locale of LOCALES) {
    test(`${name} China time (${locale}): queued channels accept and say when they are read`, async ({browser, baseURL}) => {
      const instant = new Date(iso);
      const calendar = shippedCalendar(locale);
      const from = repliesFrom(instant, calendar)!;
      // The shipped calendar decides; the literal holds while it covers the case's year (the build's own year and the next).
      if (calendar.years.includes(Number(iso.slice(0, 4)))) {
        expect(isoInZone(from, SUPPORT_TIME_ZONE)).toBe(expectFrom);
      }
      const context = await browser.newContext({baseURL, timezoneId: 'America/New_York'});
      const page = await context.newPage();
      // A clock that stands still: inside standard hours the replies-from instant is "now" to the second.
      await page.clock.setFixedTime(instant);
      await page.goto(localePath(CONTACT, locale));
      await waitForHydration(page);
      for (const channel of QUEUED) {
        const badges = page.locator(`[data-channel-status="${channel.id}"]`);
        await expect(badges.first()).toHaveAttribute('data-replies-from', isoInZone(from, SUPPORT_TIME_ZONE));
        for (const badge of await badges.all()) {
          await expect(badge).toHaveAttribute('data-state', channelStatus(channel, instant, calendar).state);
          await expect(badge).toHaveAttribute('data-replies-from', isoInZone(from, SUPPORT_TIME_ZONE));
          const text = await badge.innerText();
          expect(text).not.toMatch(STAFFED[locale]);
          if (from.getTime() !== instant.getTime()) {
            // Outside standard hours: when the team reads it, in China time and in the visitor's (New York).
            expect(text).toContain(wallClock(from, SUPPORT_TIME_ZONE));
            expect(text).toContain(wallClock(from, 'America/New_York'));
          }
        }
      }
      // Live channels carry no reading time: a person answers there, or the channel is closed.
      for (const channel of LIVE) {
        await expect(page.locator(`[data-channel-status="${channel.id}"][data-replies-from]`)).toHaveCount(0);
      }
      const summary = page.locator('section[aria-labelledby="reach-now"] > p').first();
      const shown = await summary.evaluate((element) => (element as HTMLElement).innerText);
      const liveOpen = LIVE.filter((channel) => channelStatus(channel, instant, calendar).state === 'open');
      if (liveOpen.length === 0) {
        expect(shown).toMatch(locale === 'en' ? /No live channel is open/ : /没有可实时联系的渠道/);
      }
      for (const channel of QUEUED) {
        expect(shown).toContain(channel.label[locale]);
      }
      if (from.getTime() !== instant.getTime()) {
        expect(shown).toContain(wallClock(from, SUPPORT_TIME_ZONE));
      }
      await context.close();
    });
  }
}

test('standard hours open at the start of the standard schedule, as the replies-from instants say', () => {
  const start = getSchedule(STANDARD_HOURS).intervals[0]!.start;
  expect(CASES[0].expectFrom.slice(11, 16)).toBe(start);
  expect(CASES[1].expectFrom.slice(11, 16)).toBe(start);
  expect(CASES[3].expectFrom.slice(11, 16)).toBe(start);
});

/**
 * The live panel is on the contact page (two cards a row at 1280 px, two narrow
 * ones beside the docs' sidebar and table of contents at 1024 px) and on the
 * landing page (wider, where four cards once fit a row and a badge's live text
 * then took a third line). At 360 px, the commonest phone width, the two-zone
 * words take a third line too: badges keep that space (badge-space.spec.ts).
 */
test.describe('the live summary takes the static sentence’s place without moving the page', () => {
  for (const locale of LOCALES) {
    for (const [route, viewport, {name, iso}] of [
      [CONTACT, {width: 390, height: 844}, CASES[0]],
      [CONTACT, {width: 1280, height: 800}, CASES[0]],
      [CONTACT, {width: 390, height: 844}, CASES[1]],
      [CONTACT, {width: 1280, height: 800}, CASES[1]],
      ['/', {width: 1280, height: 800}, CASES[0]],
      ['/', {width: 1280, height: 800}, CASES[1]],
      [CONTACT, {width: 360, height: 800}, CASES[3]],
      ['/', {width: 360, height: 800}, CASES[3]],
      [CONTACT, {width: 1024, height: 768}, CASES[3]],
    ] as const) {
      test(`${localePath(route, locale)} at ${viewport.width}px, ${name} (a long summary)`, async ({browser, baseURL}) => {
        const context = await browser.newContext({baseURL, viewport, timezoneId: 'America/New_York'});
        const page = await context.newPage();
        await page.clock.setFixedTime(new Date(iso));
        await recordLayoutShifts(page);
        // Scripts arrive late, as on a slow phone: the server HTML is painted first, then hydrated.
        await page.route('**/*.js', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        await page.goto(localePath(route, locale));
        await waitForHydration(page);
        const summary = page.locator('section[aria-labelledby="reach-now"] > p').first();
        await expect(summary).toContainText(wallClock(new Date(iso), SUPPORT_TIME_ZONE));
        const shifts = await layoutShifts(page);
        expect(shiftTotal(shifts), describeShifts(shifts)).toBe(0);
        await context.close();
      });
    }
  }
});
