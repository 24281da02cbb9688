/**
 * The support calendar feed (/support-calendar.ics, /en/support-calendar.ics):
 * the calendar the badges use (statutory holidays, make-up working days,
 * announced closures, and the law-fixed days of a year the package lacks), as
 * all-day events in one language, each naming the channels it changes. Built at build time by plugins/helpdesk-data; only
 * channels a customer can use today are named. The syntax is icalendar.ts's.
 */
import {STANDARD_HOURS, SUPPORT_TIME_ZONE, type Channel, type Locale} from '../../data';
import {isLawFixedYear, type SourceCalendar} from '../../lib/calendar/calendar';
import {listChannels} from '../../lib/words/calendarWords';
import {offeredChannels} from '../../lib/channels/channelEntry';
import {describeSchedule, formatIntervals} from '../../lib/words/format';
import {writeCalendar, type AllDayEvent} from './icalendar';
import {getSchedule} from '../../lib/lookup';
import {closes} from '../../lib/calendar/closures';
import type {Closure, CalendarRange} from '../../data/types';

const en = (locale: Locale) => locale === 'en';

const observes = (channel: Channel) => getSchedule(channel.schedule).holidays === 'observed';

/** What a statutory holiday does to the channels offered today. */
function holidayText(range: CalendarRange, lawFixed: boolean, locale: Locale): {summary: string; description: string} {
  const channels = offeredChannels();
  const closed = channels.filter(observes);
  const queued = channels.filter((channel) => !observes(channel) && channel.attendance === 'queued');
  const live = channels.filter((channel) => !observes(channel) && channel.attendance === 'live');
  const name = range.name[locale];
  const year = range.from.slice(0, 4);
  const standard = describeSchedule(getSchedule(STANDARD_HOURS), locale);
  if (en(locale)) {
    const title = lawFixed ? `${name} (days off fixed by law)` : name;
    return {
      summary: closed.length > 0 ? `${title}: ${listChannels(closed, locale)} closed` : title,
      description: [
        lawFixed
          ? `Days off fixed by law. Make-up working days for ${year} are not yet in our calendar.`
          : 'Statutory holiday.',
        closed.length > 0 ? `Closed: ${listChannels(closed, locale)}.` : '',
        live.length > 0 ? `Open as usual: ${listChannels(live, locale)}.` : '',
        queued.length > 0
          ? `${capitalized(listChannels(queued, locale))} ${queued.length > 1 ? 'accept' : 'accepts'} messages as usual; the team reads them in standard support hours (${standard}).`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  }
  const title = lawFixed ? `${name}（法定放假日）` : name;
  return {
    summary: closed.length > 0 ? `${title}：${listChannels(closed, locale)}休息` : title,
    description: [
      lawFixed ? `法定放假日。${year} 年的调休上班日尚未收入我们的日历。` : '法定节假日。',
      closed.length > 0 ? `${listChannels(closed, locale)}休息。` : '',
      live.length > 0 ? `${listChannels(live, locale)}照常服务。` : '',
      queued.length > 0 ? `${listChannels(queued, locale)}照常受理，团队在标准支持时间处理：${standard}。` : '',
    ].join(''),
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a make-up working day does: the channels that observe holidays open with their own hours. */
function workdayText(range: CalendarRange, locale: Locale): {summary: string; description: string} {
  const open = offeredChannels().filter(observes);
  // Channels with the same hours are named together: "phone and QQ group, 08:00–17:30".
  const byHours = new Map<string, Channel[]>();
  for (const channel of open) {
    const hours = formatIntervals(getSchedule(channel.schedule));
    byHours.set(hours, [...(byHours.get(hours) ?? []), channel]);
  }
  const groups = [...byHours].map(([hours, channels]) => ({hours, names: listChannels(channels, locale)}));
  const standardObserves = getSchedule(STANDARD_HOURS).holidays === 'observed';
  const standardHours = formatIntervals(getSchedule(STANDARD_HOURS));
  const name = range.name[locale];
  if (en(locale)) {
    return {
      summary: `Make-up working day (${name})`,
      description: [
        `A working day in China in exchange for days off around ${name}.`,
        ...groups.map(({hours, names}) => `${capitalized(names)}: open ${hours} China time.`),
        standardObserves ? `Standard support hours apply: ${standardHours} China time.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  }
  return {
    summary: `调休上班日（${name}）`,
    description: [
      `${name}调休，当天按工作日安排。`,
      ...groups.map(({hours, names}) => `${names}：${hours}（北京时间）服务。`),
      standardObserves ? `标准支持时间照常：${standardHours}（北京时间）。` : '',
    ].join(''),
  };
}

/** What an announced closure closes: the offered channels it names (directly or by their hours). */
function closureText(closure: Closure, locale: Locale): {summary: string; description: string} {
  const offered = offeredChannels();
  const closed = offered.filter((channel) => closes(closure, channel));
  const others = closed.length < offered.length;
  const standard = Boolean(closure.schedules?.includes(STANDARD_HOURS));
  const reason = closure.reason[locale];
  const names = listChannels(closed, locale);
  if (en(locale)) {
    return {
      summary: closed.length > 0 ? `Closed for ${reason}: ${names}` : `Closed for ${reason}`,
      description: [
        closed.length > 0 ? `Closed for ${reason}: ${names}.` : `Closed for ${reason}.`,
        standard ? 'Standard support hours are suspended: the team reads messages again when they resume.' : '',
        others ? 'Other channels keep their usual hours.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  }
  return {
    summary: closed.length > 0 ? `因${reason}暂停服务：${names}` : `因${reason}暂停服务`,
    description: [
      closed.length > 0 ? `因${reason}，${names}暂停服务。` : `因${reason}暂停服务。`,
      standard ? '标准支持时间暂停，团队在恢复后处理消息。' : '',
      others ? '其他渠道按常规时间服务。' : '',
    ].join(''),
  };
}

/** A UID from what the event is: the same event gets the same UID in every build. */
function uid(parts: readonly string[], locale: Locale, host: string): string {
  return `${[...parts, locale].join('.')}@${host}`;
}

/** The events of the feed in `locale`: one per holiday range, make-up working day (range) and closure. */
export function supportCalendarEvents(calendar: SourceCalendar, locale: Locale, siteUrl: string): AllDayEvent[] {
  const host = new URL(siteUrl).hostname;
  const url = `${siteUrl}${en(locale) ? '/en' : ''}/helpdesk/contact`;
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

/** The years the feed lists, in words: "2026" / "2026；2027 年仅含法定放假日". */
function yearsText(calendar: SourceCalendar, locale: Locale): string {
  const full = calendar.years.join(', ');
  const lawFixed = calendar.lawFixedYears.join(', ');
  if (en(locale)) {
    return [full && `Years: ${full}.`, lawFixed && `${lawFixed}: only the days off fixed by law so far.`]
      .filter(Boolean)
      .join(' ');
  }
  return [full && `收录年份：${full}。`, lawFixed && `${lawFixed} 年目前仅含法定放假日。`].join('');
}

/** The whole feed in `locale`, written at `stamp` (the build's instant). */
export function supportCalendarFeed(calendar: SourceCalendar, locale: Locale, siteUrl: string, stamp: Date): string {
  return writeCalendar({
    productId: '-//Websoft9//Helpdesk support calendar//EN',
    name: en(locale) ? 'Websoft9 support: holidays and closures' : 'Websoft9 技术支持：节假日与暂停服务',
    description: en(locale)
      ? `China’s statutory holidays, make-up working days and closures announced by the Websoft9 support team, with the support channels each one changes. Dates in China time. ${yearsText(calendar, locale)}`
      : `中国法定节假日、调休上班日和 Websoft9 支持团队公布的暂停服务，并注明受影响的支持渠道。日期为北京时间。${yearsText(calendar, locale)}`,
    timeZone: SUPPORT_TIME_ZONE,
    refreshInterval: 'P1D',
    stamp,
    events: supportCalendarEvents(calendar, locale, siteUrl),
  });
}
