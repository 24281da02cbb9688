/**
 * The support calendar feed (/support-calendar.ics, /en/support-calendar.ics):
 * the calendar the badges use (statutory holidays, make-up working days,
 * announced closures, and the law-fixed days of a year the package lacks), as
 * all-day events in one language, each naming the channels it changes. Built at build time by plugins/helpdesk-data; only
 * channels a customer can use today are named. The syntax is icalendar.ts's.
 */
import {STANDARD_HOURS, SUPPORT_TIME_ZONE, type Channel, type Locale} from '../../data';
import {isLawFixedYear, type SourceCalendar} from '../../lib/calendar/calendar';
import {offeredChannels} from '../../lib/channels/channelEntry';
import {describeSchedule, formatIntervals} from '../../lib/words/format';
import {FEED_WORDS, type EventText} from './feedWords';
import {writeCalendar, type AllDayEvent} from './icalendar';
import {getSchedule} from '../../lib/lookup';
import {closes} from '../../lib/calendar/closures';
import type {Closure, CalendarRange} from '../../data/types';

const observes = (channel: Channel) => getSchedule(channel.schedule).holidays === 'observed';

/** What a statutory holiday does to the channels offered today. */
function holidayText(range: CalendarRange, lawFixed: boolean, locale: Locale): EventText {
  const channels = offeredChannels();
  return FEED_WORDS[locale].holiday({
    name: range.name[locale],
    lawFixed,
    year: range.from.slice(0, 4),
    closed: channels.filter(observes),
    open: channels.filter((channel) => !observes(channel) && channel.attendance === 'live'),
    queued: channels.filter((channel) => !observes(channel) && channel.attendance === 'queued'),
    standardHours: describeSchedule(getSchedule(STANDARD_HOURS), locale),
  });
}

/** What a make-up working day does: the channels that observe holidays open with their own hours. */
function workdayText(range: CalendarRange, locale: Locale): EventText {
  // Channels with the same hours are named together: "phone and QQ group, 08:00–17:30".
  const byHours = new Map<string, Channel[]>();
  for (const channel of offeredChannels().filter(observes)) {
    const hours = formatIntervals(getSchedule(channel.schedule));
    byHours.set(hours, [...(byHours.get(hours) ?? []), channel]);
  }
  const standard = getSchedule(STANDARD_HOURS);
  return FEED_WORDS[locale].workday({
    name: range.name[locale],
    groups: [...byHours].map(([hours, channels]) => ({hours, channels})),
    standardHours: standard.holidays === 'observed' ? formatIntervals(standard) : null,
  });
}

/** What an announced closure closes: the offered channels it names (directly or by their hours). */
function closureText(closure: Closure, locale: Locale): EventText {
  const offered = offeredChannels();
  const closed = offered.filter((channel) => closes(closure, channel));
  return FEED_WORDS[locale].closure({
    reason: closure.reason[locale],
    closed,
    standardHoursClosed: Boolean(closure.schedules?.includes(STANDARD_HOURS)),
    othersOpen: closed.length < offered.length,
  });
}

/** A UID from what the event is: the same event gets the same UID in every build. */
function uid(parts: readonly string[], locale: Locale, host: string): string {
  return `${[...parts, locale].join('.')}@${host}`;
}

/** The events of the feed in `locale`: one per holiday range, make-up working day (range) and closure. */
export function supportCalendarEvents(calendar: SourceCalendar, locale: Locale, siteUrl: string): AllDayEvent[] {
  const host = new URL(siteUrl).hostname;
  const url = `${siteUrl}${locale === 'en' ? '/en' : ''}/helpdesk/contact`;
  const isLawFixed = (range: CalendarRange) => isLawFixedYear(calendar, Number(range.from.slice(0, 4)));
  return [
    ...calendar.holidays.map((range) => {
      const lawFixed = isLawFixed(range);
      return {
        uid: uid([lawFixed ? 'law-fixed-holiday' : 'holiday', range.from, range.to], locale, host),
        from: range.from,
        to: range.to,
        url,
        ...holidayText(range, lawFixed, locale),
      };
    }),
    ...calendar.workdays.map((range) => ({
      uid: uid(['workday', range.from, range.to], locale, host),
      from: range.from,
      to: range.to,
      url,
      ...workdayText(range, locale),
    })),
    ...calendar.closures.map((closure) => ({
      uid: uid(['closure', closure.id, closure.from, closure.to], locale, host),
      from: closure.from,
      to: closure.to,
      url,
      ...closureText(closure, locale),
    })),
  ];
}

/** The whole feed in `locale`, written at `stamp` (the build's instant). */
export function supportCalendarFeed(calendar: SourceCalendar, locale: Locale, siteUrl: string, stamp: Date): string {
  return writeCalendar({
    productId: '-//Websoft9//Helpdesk support calendar//EN',
    name: FEED_WORDS[locale].feedName,
    description: FEED_WORDS[locale].feedDescription(
      FEED_WORDS[locale].feedYears(calendar.years.join(', '), calendar.lawFixedYears.join(', ')),
    ),
    timeZone: SUPPORT_TIME_ZONE,
    refreshInterval: 'P1D',
    stamp,
    events: supportCalendarEvents(calendar, locale, siteUrl),
  });
}
