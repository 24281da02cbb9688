/**
 * The support calendar feed, read back with ical.js and compared with the
 * calendar the badges use: China's 2026 dates from the holiday package (the
 * National Day break and its make-up days), a fixture closure, stable UIDs, and
 * only the channels a customer can use today.
 */
import {describe, expect, it} from 'vitest';
import {CHANNELS, LOCALES, type Locale} from '../../data';
import type {SourceCalendar} from '../../lib/calendar/calendar';
import {loadCalendar} from '../calendar/calendarSource';
import {isUsable, offeredChannels} from '../../lib/channels/channelEntry';
import {readFeed, type ReadFeed} from './icalendar.fixture';
import {calendarFeedPath} from '../../lib/published/feedPaths';
import {supportCalendarEvents, supportCalendarFeed} from './supportCalendar';
import {getChannel, getSchedule} from '../../lib/lookup';
import {closes} from '../../lib/calendar/closures';
import {type Closure, CalendarRange} from '../../data/types';

const SITE = 'https://support.websoft9.com';
const STAMP = new Date('2026-12-04T08:00:00Z');

/** A closure with every character a TEXT value must escape, naming a channel that is not offered (WeChat). */
const FIXTURE_CLOSURE: Closure = {
  id: 'fixture-retreat',
  from: '2026-11-12',
  to: '2026-11-13',
  channels: ['phone', 'wechat'],
  reason: {'zh-Hans': '团队外出；培训, 测试\\', en: 'a team retreat; training, test\\'},
};

/** The build's calendar for 2026, read from the package as the build reads it, with the fixture closure. */
const CALENDAR: SourceCalendar = loadCalendar([2026], {manual: [], closures: [FIXTURE_CLOSURE]}).calendar;

const feed = (locale: Locale, calendar: SourceCalendar = CALENDAR, stamp = STAMP) =>
  readFeed(supportCalendarFeed(calendar, locale, SITE, stamp));

/** The events read back, by their first and last day (DTEND is the day after the last). */
function eventOn(read: ReadFeed, from: string, to: string) {
  const found = read.events.filter((event) => {
    const last = event.endDate.clone();
    last.adjust(-1, 0, 0, 0);
    return event.startDate.toString() === from && last.toString() === to;
  });
  expect(found, `one event ${from}..${to}`).toHaveLength(1);
  return found[0]!;
}

const label = (id: Parameters<typeof getChannel>[0], locale: Locale) => getChannel(id).label[locale];

describe.each(LOCALES)('the %s feed', (locale) => {
  const read = feed(locale);

  it('is a calendar in China time, named in the locale’s language', () => {
    expect(read.calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai');
    const name = read.calendar.getFirstPropertyValue('x-wr-calname') as string;
    expect(name).toMatch(locale === 'en' ? /^Websoft9 support/ : /^Websoft9 技术支持/);
    expect(read.calendar.getFirstPropertyValue('name')).toBe(name);
    expect(calendarFeedPath(locale)).toBe(locale === 'en' ? '/en/support-calendar.ics' : '/support-calendar.ics');
  });

  it('has one all-day event per holiday range, make-up day and closure, and nothing else', () => {
    expect(read.events).toHaveLength(CALENDAR.holidays.length + CALENDAR.workdays.length + CALENDAR.closures.length);
    expect(read.events.every((event) => event.startDate.isDate && event.endDate.isDate)).toBe(true);
    const stamps = read.events.map((event) =>
      (event.component.getFirstPropertyValue('dtstamp') as {toJSDate(): Date}).toJSDate(),
    );
    expect(stamps.every((stamp) => stamp.getTime() === STAMP.getTime())).toBe(true);
  });

  it('lists the 2026 National Day break, 1 to 7 October, with the channels it closes', () => {
    const nationalDay = CALENDAR.holidays.find((range) => range.from === '2026-10-01');
    expect(nationalDay?.to).toBe('2026-10-07');
    const event = eventOn(read, '2026-10-01', '2026-10-07');
    expect(event.summary).toContain(nationalDay!.name[locale]);
    const closed = offeredChannels().filter((channel) => getSchedule(channel.schedule).holidays === 'observed');
    expect(closed.length).toBeGreaterThan(0);
    const text = `${event.summary} ${event.description}`.toLowerCase();
    for (const channel of closed) {
      expect(text).toContain(channel.label[locale].toLowerCase());
    }
  });

  it.each(['2026-09-20', '2026-10-10'])('lists %s as a make-up working day for National Day', (date) => {
    const event = eventOn(read, date, date);
    expect(event.summary).toBe(locale === 'en' ? 'Make-up working day (National Day)' : '调休上班日（国庆节）');
    // Each channel that observes holidays opens with its own hours (src/data/hours.ts).
    for (const channel of offeredChannels().filter((candidate) => getSchedule(candidate.schedule).holidays === 'observed')) {
      for (const {start, end} of getSchedule(channel.schedule).intervals) {
        expect(event.description, channel.id).toContain(`${start}–${end}`);
      }
    }
  });

  it('names every holiday and make-up day of the package on its own dates', () => {
    const check = (ranges: readonly CalendarRange[]) => {
      for (const range of ranges) {
        expect(eventOn(read, range.from, range.to).summary).toContain(range.name[locale]);
      }
    };
    check(CALENDAR.holidays);
    check(CALENDAR.workdays);
  });

  it('lists the announced closure with the channels it closes, and never a channel nobody can use yet', () => {
    const event = eventOn(read, FIXTURE_CLOSURE.from, FIXTURE_CLOSURE.to);
    // Escaped in the file, read back as written.
    expect(event.summary).toContain(FIXTURE_CLOSURE.reason[locale]);
    expect(event.summary.toLowerCase()).toContain(label('phone', locale).toLowerCase());
    expect(closes(FIXTURE_CLOSURE, getChannel('wechat'))).toBe(true);
    const everything = read.events.map((item) => `${item.summary} ${item.description}`).join('\n');
    for (const channel of CHANNELS.filter((candidate) => !isUsable(candidate))) {
      expect(everything, channel.id).not.toContain(channel.label[locale]);
    }
    for (const channel of offeredChannels().filter((candidate) => closes(FIXTURE_CLOSURE, candidate))) {
      expect(event.summary.toLowerCase(), channel.id).toContain(channel.label[locale].toLowerCase());
    }
  });

  it('links every event to the contact page of the locale', () => {
    const url = `${SITE}${locale === 'en' ? '/en' : ''}/helpdesk/contact`;
    expect(read.events.every((event) => event.component.getFirstPropertyValue('url') === url)).toBe(true);
  });
});

describe('UIDs', () => {
  it('are the same for the same events in another build, at another instant', () => {
    for (const locale of LOCALES) {
      const first = feed(locale).events.map((event) => event.uid);
      const again = feed(locale, loadCalendar([2026], {manual: [], closures: [FIXTURE_CLOSURE]}).calendar, new Date()).events;
      expect(again.map((event) => event.uid)).toEqual(first);
    }
  });

  it('are unique, across both locales too', () => {
    const uids = LOCALES.flatMap((locale) => feed(locale).events.map((event) => event.uid));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((uid) => uid.endsWith('@support.websoft9.com'))).toBe(true);
  });

  it('change when the event changes', () => {
    const moved = {...FIXTURE_CLOSURE, to: '2026-11-14'};
    const [before] = supportCalendarEvents({...CALENDAR, holidays: [], workdays: []}, 'en', SITE);
    const [after] = supportCalendarEvents({...CALENDAR, holidays: [], workdays: [], closures: [moved]}, 'en', SITE);
    expect(after!.uid).not.toBe(before!.uid);
  });
});

describe('a year the package does not cover yet', () => {
  /** 2026 as if only the days the law fixes were known: its National Day break as the law has it, 1–3 October. */
  const lawFixed: SourceCalendar = {
    ...CALENDAR,
    years: [],
    lawFixedYears: [2026],
    holidays: [{from: '2026-10-01', to: '2026-10-03', name: {'zh-Hans': '国庆节', en: 'National Day'}}],
    workdays: [],
  };

  it.each(LOCALES)('marks the law-fixed days as such in %s (make-up days not yet in our calendar)', (locale) => {
    const read = feed(locale, lawFixed);
    const event = eventOn(read, '2026-10-01', '2026-10-03');
    expect(event.summary).toContain(locale === 'en' ? 'fixed by law' : '法定放假日');
    expect(event.description).toContain(
      locale === 'en' ? 'Make-up working days for 2026 are not yet in our calendar' : '2026 年的调休上班日尚未收入我们的日历',
    );
    expect(event.uid).toMatch(/^law-fixed-holiday\./);
    expect(read.calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('2026');
  });

  it('is not marked in a year the calendar covers', () => {
    const event = eventOn(feed('en'), '2026-10-01', '2026-10-07');
    expect(event.summary).not.toContain('fixed by law');
    expect(event.uid).toMatch(/^holiday\./);
  });
});
