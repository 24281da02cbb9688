/**
 * Holidays and closures in the browser (ARCHITECTURE.md, "Holidays and closures"), with
 * Playwright's fixed clock. Every date is picked from the calendar the build
 * shipped (build/support-policy.json, not typed here), so the tests hold when the
 * package gains a year, when a year is typed into MANUAL_CALENDAR and whatever
 * today's date is; what each badge must say is computed with the same data and
 * src/lib code. A year the package lacks is known by the days the law fixes
 * (lawFixedYears), when the shipped calendar has one.
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Browser, type Page} from '@playwright/test';
import {CHANNELS, SUPPORT_TIME_ZONE, type Localized} from '../../src/data';
import {HOLIDAY_NAMES} from '../../src/data/calendarNames';
import {closedBecause, uncalendaredNote} from '../../src/lib/words/badgeWords';
import {
  calendarFor,
  coversYear,
  dayNumber,
  isoDateOfDay,
  rangeDates,
  type SourceCalendar,
} from '../../src/lib/calendar/calendar';
import {NOTICE_DAYS, noticesOn, noticeText} from '../../src/lib/calendar/calendarNotice';
import {formatDateRange} from '../../src/lib/words/calendarWords';
import {formatComingTime, formatTime, isoDateIn} from '../../src/lib/words/formatTime';
import {isUsable, offeredChannels} from '../../src/lib/channels/channelEntry';
import {channelStatus} from '../../src/lib/time/status';
import {SHIPPED_SOURCE} from './holidaysSupport';
import {
  COLOR_MODES,
  LOCALES,
  describeShifts,
  layoutShifts,
  localePath,
  recordLayoutShifts,
  shiftTotal,
  waitForHydration,
  withColorMode,
  type Locale,
} from './support';
import {getChannel, getSchedule} from '../../src/lib/lookup';
import type {CalendarRange} from '../../src/data/types';
import {closes} from '../../src/lib/calendar/closures';

const CONTACT = '/helpdesk/contact';
/** Pages with live badges: landing, overview (its contact section) and contact. */
const BADGE_PAGES = ['/', '/helpdesk', CONTACT] as const;
/** Pages with the ReachNow panel, where the notice shows (ARCHITECTURE.md, "Holidays and closures": the contact and landing pages). */
const PANEL_PAGES = ['/', CONTACT] as const;
const REASONS = ['hours', 'holiday', 'workday', 'closure', 'uncalendared'];

const weekday = (date: string) => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1; // ISO, 1970-01-01 was a Thursday
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const observing = offeredChannels().filter((channel) => getSchedule(channel.schedule).holidays === 'observed');

function longest(ranges: readonly CalendarRange[]): CalendarRange {
  return [...ranges].sort((a, b) => rangeDates(b).length - rangeDates(a).length)[0]!;
}

const calendar = SHIPPED_SOURCE;
const firstYear = calendar.years[0]!;
const inFirstYear = (range: CalendarRange) => range.from.startsWith(`${firstYear}-`);
const BREAK = longest(calendar.holidays.filter(inFirstYear));
const holidayWeekday = rangeDates(BREAK).find((date) => weekday(date) <= 5)!;
const holidaySaturday = calendar.holidays.flatMap(rangeDates).find((date) => weekday(date) === 6)!;
const makeUpDay = (isoWeekday: number) => calendar.workdays.flatMap(rangeDates).find((date) => weekday(date) === isoWeekday);
const dayAfterBreak = isoDateOfDay(dayNumber(BREAK.to) + 1);
const lastCovered = Math.max(...calendar.years);
const uncoveredYear = Array.from({length: 5}, (_, i) => firstYear + i).find((year) => !coversYear(calendar, year))!;

interface Case {
  name: string;
  instant: Date;
}

const CASES: Case[] = [
  {name: `a weekday of ${BREAK.name.en} (${holidayWeekday})`, instant: at(holidayWeekday, '10:00')},
  {name: `a Saturday inside a holiday (${holidaySaturday})`, instant: at(holidaySaturday, '10:00')},
  ...[6, 7].flatMap((day) => {
    const date = makeUpDay(day);
    return date ? [{name: `a make-up ${day === 6 ? 'Saturday' : 'Sunday'} (${date})`, instant: at(date, '10:00')}] : [];
  }),
  {name: `the evening of the last day of ${BREAK.name.en} (${BREAK.to})`, instant: at(BREAK.to, '20:00')},
  {name: `the day after the break (${dayAfterBreak})`, instant: at(dayAfterBreak, '10:00')},
  {name: `New Year's Eve ${lastCovered}`, instant: at(`${lastCovered}-12-31`, '18:00')},
  {
    name: `a weekday of ${uncoveredYear}, a year the calendar does not fully cover`,
    instant: at(`${uncoveredYear}-03-03`, '10:00'),
  },
];

async function openAt(browser: Browser, baseURL: string, instant: Date, path: string, timezoneId = SUPPORT_TIME_ZONE) {
  const context = await browser.newContext({baseURL, timezoneId});
  const page = await context.newPage();
  await page.clock.install({time: instant});
  await page.goto(path);
  await waitForHydration(page);
  await expect.poll(() => page.locator('[data-channel-status][data-state="unknown"]').count()).toBe(0);
  return {context, page};
}

/** The China-time date of a coming instant as people read it: "2 月 24 日" / "Feb 24". */
function dateWords(instant: Date, locale: Locale): string {
  const date = isoDateIn(instant, SUPPORT_TIME_ZONE);
  return formatDateRange(date, date, locale);
}

async function expectBadges(
  page: Page,
  instant: Date,
  locale: Locale,
  timezoneId: string,
  data: SourceCalendar,
): Promise<void> {
  // A channel a customer cannot use yet (WeChat without its codes) has no badge at all.
  for (const channel of CHANNELS.filter((candidate) => !isUsable(candidate))) {
    await expect(page.locator(`[data-channel-status="${channel.id}"]`), channel.id).toHaveCount(0);
  }
  for (const channel of offeredChannels()) {
    const status = channelStatus(channel, instant, calendarFor(data, locale));
    const badges = page.locator(`[data-channel-status="${channel.id}"]`);
    expect(await badges.count(), channel.id).toBeGreaterThan(0);
    for (const badge of await badges.all()) {
      await expect(badge, channel.id).toHaveAttribute('data-state', status.state);
      await expect(badge, channel.id).toHaveAttribute('data-reason', status.reason);
      const text = await badge.innerText();
      if (status.state === 'closed' && status.reason === 'holiday') {
        const name = status.name!;
        expect(text, channel.id).toContain(locale === 'en' ? `Closed for ${name}` : `${name}休息`);
      }
      if (status.reason === 'closure') {
        expect(text, channel.id).toContain(status.name!);
      }
      if (status.opensAt) {
        const china = isoDateIn(status.opensAt, SUPPORT_TIME_ZONE);
        const daysAhead = dayNumber(china) - dayNumber(isoDateIn(instant, SUPPORT_TIME_ZONE));
        expect(text, channel.id).toContain(formatTime(status.opensAt, SUPPORT_TIME_ZONE));
        if (daysAhead >= 2) {
          expect(text, `${channel.id}: the date of the next opening`).toContain(dateWords(status.opensAt, locale));
        } else {
          expect(text, channel.id).toContain(
            locale === 'en' ? (daysAhead ? 'tomorrow' : 'today') : daysAhead ? '明天' : '今天',
          );
        }
        if (timezoneId !== SUPPORT_TIME_ZONE) {
          expect(text, `${channel.id}: the visitor's own time`).toContain(
            formatComingTime(status.opensAt, instant, locale, timezoneId),
          );
        }
      }
      const year =
        status.reason === 'uncalendared'
          ? isoDateIn(instant, SUPPORT_TIME_ZONE).slice(0, 4)
          : status.opensUncalendared
            ? isoDateIn(status.opensAt!, SUPPORT_TIME_ZONE).slice(0, 4)
            : null;
      if (year && data.lawFixedYears.includes(Number(year))) {
        // Said once on the page, in the server HTML (CalendarGapNote), not again in every badge.
        expect(text, channel.id).not.toMatch(/not in our calendar|尚未收录/);
        await expect(page.locator('[data-calendar-gap]').first()).toContainText(uncalendaredNote(year, locale));
      } else if (year) {
        expect(text, channel.id).toContain(uncalendaredNote(year, locale));
      } else {
        expect(text, channel.id).not.toMatch(/not in our calendar|尚未收录/);
      }
      // The package lagging behind is not the arrangement being unpublished.
      expect(text, channel.id).not.toMatch(/尚未公布|not (been )?(published|announced)/);
    }
  }
}

async function expectNotice(page: Page, instant: Date, locale: Locale, data: SourceCalendar): Promise<void> {
  const notices = noticesOn(isoDateIn(instant, SUPPORT_TIME_ZONE), calendarFor(data, locale));
  const element = page.locator('[data-holiday-notice]');
  if (notices.length === 0) {
    await expect(element).toHaveCount(0);
    return;
  }
  await expect(element).toHaveCount(1);
  await expect(element).toBeVisible();
  // The notice is the panel's first child (read first, drawn last: see ReachNow's styles).
  expect(
    await page.locator('section[aria-labelledby="reach-now"] > :first-child').getAttribute('data-holiday-notice'),
  ).not.toBeNull();
  for (const notice of notices) {
    await expect(element).toContainText(notice.name);
    await expect(element).toContainText(formatDateRange(notice.from, notice.to, locale));
    for (const channel of notice.closed) {
      await expect(element).toContainText(channel.label[locale], {ignoreCase: locale === 'en'});
    }
  }
}

test.describe('the shipped calendar offers every case', () => {
  test('covers the current year, with a long break, a Saturday off and make-up days', () => {
    // From the package, or typed in by hand while the package lacks the year (src/data/closures.ts).
    expect(calendar.source).toMatch(/^(chinese-days \d|src\/data\/closures\.ts MANUAL_CALENDAR)/);
    expect(rangeDates(BREAK).length).toBeGreaterThanOrEqual(5);
    expect(holidayWeekday && holidaySaturday).toBeTruthy();
    expect(makeUpDay(6) ?? makeUpDay(7)).toBeTruthy();
    expect(uncoveredYear).toBeGreaterThan(firstYear);
  });
});

for (const locale of LOCALES) {
  test.describe(`${locale}: badges and notice at fixed instants (China time)`, () => {
    for (const {name, instant} of CASES) {
      test(name, async ({browser, baseURL}) => {
        const {context, page} = await openAt(browser, baseURL!, instant, localePath(CONTACT, locale));
        await expectBadges(page, instant, locale, SUPPORT_TIME_ZONE, calendar);
        await expectNotice(page, instant, locale, calendar);
        await context.close();
      });
    }
  });
}

test.describe('the same holiday seen from other time zones', () => {
  for (const [index, timezoneId] of ['America/New_York', 'Asia/Kolkata'].entries()) {
    const locale = LOCALES[index % LOCALES.length]!;
    for (const {name, instant} of [CASES[0]!, CASES[3]!]) {
      test(`${timezoneId} (${locale}): ${name}`, async ({browser, baseURL}) => {
        const {context, page} = await openAt(browser, baseURL!, instant, localePath(CONTACT, locale), timezoneId);
        await expectBadges(page, instant, locale, timezoneId, calendar);
        await context.close();
      });
    }
  }
});

test.describe('the notice on every page with the panel', () => {
  const firstDay = dayNumber(BREAK.from);
  const windows = [
    {name: `${NOTICE_DAYS + 1} days before: none`, date: isoDateOfDay(firstDay - NOTICE_DAYS - 1)},
    {name: `${NOTICE_DAYS} days before: shown`, date: isoDateOfDay(firstDay - NOTICE_DAYS)},
    {name: 'on the last day: shown', date: BREAK.to},
  ];
  for (const locale of LOCALES) {
    for (const path of PANEL_PAGES) {
      test(`${localePath(path, locale)}: ${BREAK.name.en}`, async ({browser, baseURL}) => {
        for (const window of windows) {
          await test.step(window.name, async () => {
            const instant = at(window.date, '09:00');
            const {context, page} = await openAt(browser, baseURL!, instant, localePath(path, locale));
            await expectNotice(page, instant, locale, calendar);
            await context.close();
          });
        }
      });
    }
  }

  test('its appearance shifts nothing (layout shift 0) on the contact and landing pages', async ({browser, baseURL}) => {
    const instant = at(isoDateOfDay(dayNumber(BREAK.from) - 3), '10:00');
    expect(noticesOn(isoDateIn(instant, SUPPORT_TIME_ZONE), calendarFor(calendar, 'en')).length).toBeGreaterThan(0);
    for (const [path, viewport] of [
      [CONTACT, {width: 1280, height: 720}],
      ['/', {width: 1280, height: 720}],
      [CONTACT, {width: 390, height: 844}],
      ['/en/', {width: 390, height: 844}],
    ] as const) {
      const context = await browser.newContext({baseURL, viewport});
      const page = await context.newPage();
      await page.clock.install({time: instant});
      await recordLayoutShifts(page);
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.locator('[data-holiday-notice]')).toBeVisible();
      const shifts = await layoutShifts(page);
      expect(shiftTotal(shifts), `${path} at ${viewport.width}×${viewport.height}:\n${describeShifts(shifts)}`).toBe(0);
      await context.close();
    }
  });
});

test.describe('a year known only by the days the law fixes', () => {
  const lawYear = calendar.lawFixedYears[0];
  const lawRanges = calendar.holidays.filter((range) => lawYear && range.from.startsWith(`${lawYear}-`));
  const newYear = lawRanges[0];
  // The first weekday after New Year's Day that the law does not fix: its make-up status is unknown.
  const firstWorkingDay = newYear
    ? Array.from({length: 14}, (_, i) => isoDateOfDay(dayNumber(newYear.to) + 1 + i)).find(
        (date) => weekday(date) <= 5 && !lawRanges.some((range) => date >= range.from && date <= range.to),
      )!
    : '';
  // Within the notice window of New Year's Day, in the year before.
  const noticeDay = newYear ? isoDateOfDay(dayNumber(newYear.from) - (NOTICE_DAYS - 2)) : '';
  const phone = getChannel('phone');

  test.beforeEach(() => {
    test.skip(!lawYear, `the package covers every needed year (${calendar.years.join(', ')}): no law-fixed year to test`);
  });

  test('ships the law-fixed year’s days off, New Year’s Day first, and no make-up days for it', () => {
    expect(calendar.years).not.toContain(lawYear);
    expect(newYear).toMatchObject({from: `${lawYear}-01-01`, name: HOLIDAY_NAMES.元旦});
    expect(calendar.workdays.some((range) => range.from.startsWith(`${lawYear}-`))).toBe(false);
    expect(getSchedule(phone.schedule).holidays).toBe('observed');
  });

  for (const locale of LOCALES) {
    test(`${locale}: New Year's Day 10:00 China time: the phone is closed for the holiday`, async ({browser, baseURL}) => {
      const instant = at(newYear!.from, '10:00');
      const {context, page} = await openAt(browser, baseURL!, instant, localePath(CONTACT, locale));
      const badge = page.locator(`[data-channel-status="${phone.id}"]`).first();
      await expect(badge).toHaveAttribute('data-state', 'closed');
      await expect(badge).toHaveAttribute('data-reason', 'holiday');
      await expect(badge).toContainText(closedBecause('holiday', newYear!.name[locale], locale));
      await expectBadges(page, instant, locale, SUPPORT_TIME_ZONE, calendar);
      await context.close();
    });

    test(`${locale}: the server HTML says once, without JavaScript, that ${lawYear}'s make-up days are missing`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({baseURL, javaScriptEnabled: false});
      const page = await context.newPage();
      for (const path of [CONTACT, '/']) {
        await page.goto(localePath(path, locale));
        await expect(page.locator('section[aria-labelledby="reach-now"] [data-calendar-gap]')).toHaveText(
          uncalendaredNote(String(lawYear), locale),
        );
      }
      await context.close();
    });

    test(`${locale}: badges in ${lawYear} keep their size: nothing moves after hydration`, async ({browser, baseURL}) => {
      // 10:00 on the first working day (uncalendared now), and 18:00 the day before New Year's Day (opening in it).
      const lastWorkingDayBefore = Array.from({length: 7}, (_, i) => isoDateOfDay(dayNumber(newYear!.from) - 1 - i)).find(
        (date) => weekday(date) <= 5,
      )!;
      for (const instant of [at(firstWorkingDay, '10:00'), at(lastWorkingDayBefore, '18:00')]) {
        for (const [path, viewport] of [
          [CONTACT, {width: 1280, height: 800}],
          ['/', {width: 1280, height: 800}],
          [CONTACT, {width: 390, height: 844}],
        ] as const) {
          const context = await browser.newContext({baseURL, viewport, timezoneId: 'America/New_York'});
          const page = await context.newPage();
          await page.clock.setFixedTime(instant);
          await recordLayoutShifts(page);
          await page.goto(localePath(path, locale));
          await waitForHydration(page);
          await expect(page.locator('[data-channel-status][data-state="unknown"]')).toHaveCount(0);
          const shifts = await layoutShifts(page);
          expect(
            shiftTotal(shifts),
            `${path} at ${viewport.width} px, ${instant.toISOString()}:\n${describeShifts(shifts)}`,
          ).toBe(0);
          await context.close();
        }
      }
    });

    test(`${locale}: the first working day after it, 10:00: the phone keeps its weekly hours, "uncalendared"`, async ({
      browser,
      baseURL,
    }) => {
      const instant = at(firstWorkingDay, '10:00');
      const {context, page} = await openAt(browser, baseURL!, instant, localePath(CONTACT, locale));
      const badge = page.locator(`[data-channel-status="${phone.id}"]`).first();
      await expect(badge).toHaveAttribute('data-state', 'open');
      await expect(badge).toHaveAttribute('data-reason', 'uncalendared');
      await expect(page.locator('[data-calendar-gap]').first()).toContainText(uncalendaredNote(String(lawYear), locale));
      await expectBadges(page, instant, locale, SUPPORT_TIME_ZONE, calendar);
      await context.close();
    });

    for (const path of PANEL_PAGES) {
      test(`${locale} ${path}: ${NOTICE_DAYS - 2} days before, the notice names New Year's Day ${lawYear} and what closes`, async ({
        browser,
        baseURL,
      }) => {
        const instant = at(noticeDay, '09:00');
        const {context, page} = await openAt(browser, baseURL!, instant, localePath(path, locale));
        const notices = noticesOn(noticeDay, calendarFor(calendar, locale));
        expect(notices.map((notice) => notice.from)).toEqual([newYear!.from]);
        const element = page.locator('[data-holiday-notice]');
        await expect(element).toBeVisible();
        await expect(element).toContainText(HOLIDAY_NAMES.元旦[locale]);
        await expect(element).toContainText(formatDateRange(newYear!.from, newYear!.to, locale));
        await expect(element).toContainText(noticeText(notices[0]!, locale));
        await expectNotice(page, instant, locale, calendar);
        await context.close();
      });
    }
  }
});

test.describe('an announced closure', () => {
  /**
   * The build ships closures in the plugin's global data, inside main.js. The test
   * serves that same file with one closure added to the list, so everything from
   * there on (global data, status, badge, notice) is the real code.
   */
  const reason: Localized = {'zh-Hans': '线路检修', en: 'line maintenance'};
  const closureDay = isoDateOfDay(
    dayNumber(dayAfterBreak) + 14 + ((8 - weekday(isoDateOfDay(dayNumber(dayAfterBreak) + 14))) % 7),
  ); // a Monday
  const closure = {
    id: 'e2e-line-maintenance',
    from: closureDay,
    to: isoDateOfDay(dayNumber(closureDay) + 1),
    channels: ['phone' as const],
    reason,
  };
  const withClosure: SourceCalendar = {...calendar, closures: [closure, ...calendar.closures]};

  /** Patches main.js on its way to the page; the returned check says whether the patch took. */
  async function injectClosure(page: Page, locale: Locale): Promise<() => boolean> {
    // As the pages of the locale ship it: the reason in their language.
    const shipped = calendarFor(withClosure, locale).closures[0]!;
    const separator = calendar.closures.length > 0 ? ',' : '';
    let injected = false;
    await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      // The global data is a JSON.parse('…') string: the closure goes first in its list.
      const patched = body.replace('"closures":[', `"closures":[${JSON.stringify(shipped)}${separator}`);
      injected = patched !== body;
      await route.fulfill({response, body: patched});
    });
    // Checked after hydration, not on 'load': the paint-first loader may fetch main.js after the load event.
    return () => injected;
  }

  for (const locale of LOCALES) {
    test(`${locale}: the phone is closed with its reason, the notice names it, other channels are unaffected`, async ({
      browser,
      baseURL,
    }) => {
      expect(calendar.holidays.some((range) => closure.from >= range.from && closure.from <= range.to)).toBe(false);
      const instant = at(closure.from, '10:00');
      const context = await browser.newContext({baseURL, timezoneId: SUPPORT_TIME_ZONE});
      const page = await context.newPage();
      const injected = await injectClosure(page, locale);
      await page.clock.install({time: instant});
      await page.goto(localePath(CONTACT, locale));
      await waitForHydration(page);
      expect(injected(), 'the closures list was found in main.js').toBe(true);
      await expect.poll(() => page.locator('[data-channel-status][data-state="unknown"]').count()).toBe(0);
      const phone = CHANNELS.find((channel) => channel.id === 'phone')!;
      expect(closes(closure, phone)).toBe(true);
      expect(channelStatus(phone, instant, calendarFor(withClosure, locale)).reason).toBe('closure');
      await expectBadges(page, instant, locale, SUPPORT_TIME_ZONE, withClosure);
      await expectNotice(page, instant, locale, withClosure);
      await context.close();
    });
  }
});

test('every hydrated badge carries a data-reason of the contract', async ({browser, baseURL}) => {
  for (const path of BADGE_PAGES) {
    const {context, page} = await openAt(browser, baseURL!, CASES[0]!.instant, path);
    const reasons = await page
      .locator('[data-channel-status]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-reason')));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expect(REASONS).toContain(reason);
    }
    expect(observing.length).toBeGreaterThan(0);
    await context.close();
  }
});

test.describe('accessibility of the holiday states (axe, WCAG 2.2 AA)', () => {
  // Notice shown and badges closed for the holiday at once: the break's first day.
  const instant = at(BREAK.from, '10:00');
  for (const locale of LOCALES) {
    for (const mode of COLOR_MODES) {
      test(`${localePath(CONTACT, locale)} during ${BREAK.name.en} (${mode})`, async ({browser, baseURL}) => {
        const context = await browser.newContext({baseURL, colorScheme: mode});
        const page = await context.newPage();
        await page.clock.install({time: instant});
        await page.goto(withColorMode(localePath(CONTACT, locale), mode));
        await waitForHydration(page);
        await expect(page.locator('[data-holiday-notice]')).toBeVisible();
        await expect(page.locator('[data-reason="holiday"]').first()).toBeVisible();
        const results = await new AxeBuilder({page})
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)),
        ).toEqual([]);
        await context.close();
      });
    }
  }
});
