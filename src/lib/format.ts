/** Locale-aware wording of schedules; pure, shared by components, JSON-LD and the policy file. */
import {CHANNELS, getSchedule} from '../data';
import type {Channel, HolidayBehaviour, Locale, Schedule} from '../data/types';
import type {CalendarData, CalendarRange} from './calendar';
import {isAlwaysOpen} from './schedule';

/** How the support time zone is named in running text. */
export const SUPPORT_TIME_ZONE_NAME: Record<Locale, string> = {
  'zh-Hans': '北京时间',
  en: 'China time',
};

/** `08:00–17:30` for the schedule's intervals, joined when there are several. */
export function formatIntervals(schedule: Schedule): string {
  return schedule.intervals.map((interval) => `${interval.start}–${interval.end}`).join(', ');
}

/** e.g. "Monday to Saturday, 08:00–17:30 China time" / "周一至周六 08:00–17:30（北京时间）". */
export function describeSchedule(schedule: Schedule, locale: Locale): string {
  if (isAlwaysOpen(schedule)) {
    return schedule.meaning[locale];
  }
  const times = formatIntervals(schedule);
  return locale === 'en'
    ? `${schedule.meaning.en}, ${times} ${SUPPORT_TIME_ZONE_NAME.en}`
    : `${schedule.meaning['zh-Hans']} ${times}（${SUPPORT_TIME_ZONE_NAME['zh-Hans']}）`;
}

/** What China's official calendar does to a schedule, for the hours table. */
export function describeHolidayBehaviour(behaviour: HolidayBehaviour, locale: Locale): string {
  if (behaviour === 'ignored') {
    return locale === 'en' ? 'Open on public holidays too' : '节假日照常';
  }
  return locale === 'en'
    ? 'Closed on China’s public holidays; open on make-up working days, weekends included'
    : '法定节假日休息；调休上班日（含周末）照常服务';
}

/** A sentence-case English label inside a sentence: "Phone" → "phone", but "QQ group" and "WeChat" stay. */
function inRunningText(label: string): string {
  return /^[A-Z][a-z]+(?:\s|$)/.test(label) && !/^\S*[a-z][A-Z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** Channel names as a list in running text: "support ticket, email and phone" / "工单、邮箱、电话". */
export function listChannels(channels: readonly Channel[], locale: Locale): string {
  if (locale !== 'en') {
    return channels.map((channel) => channel.label[locale]).join('、');
  }
  const labels = channels.map((channel) => inRunningText(channel.label.en));
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** Which channels close on public holidays and which stay open, as one sentence (FAQ). */
export function describeHolidayRules(locale: Locale): string {
  const byBehaviour = (behaviour: HolidayBehaviour) =>
    listChannels(CHANNELS.filter((channel) => getSchedule(channel.schedule).holidays === behaviour), locale);
  return locale === 'en'
    ? `On China’s public holidays, ${byBehaviour('observed')} are closed, and they are staffed as usual on the make-up working days; ${byBehaviour('ignored')} stay open.`
    : `法定节假日期间，${byBehaviour('observed')}休息，调休上班日照常服务；${byBehaviour('ignored')}照常受理。`;
}

/** One year of the calendar in words: "春节 2月15日至23日，……" / "Spring Festival Feb 15–23, …". */
export function describeCalendarYear(calendar: CalendarData, year: number, locale: Locale): {holidays: string; workdays: string} {
  const inYear = (range: CalendarRange) => range.from.startsWith(`${year}-`);
  const separator = locale === 'en' ? ', ' : '，';
  return {
    holidays: calendar.holidays
      .filter(inYear)
      .map((range) => `${range.name[locale]} ${formatDateRange(range.from, range.to, locale)}`)
      .join(separator),
    workdays: calendar.workdays
      .filter(inYear)
      .map((range) => formatDateRange(range.from, range.to, locale))
      .join(locale === 'en' ? ', ' : '、'),
  };
}

const INTL_LOCALE: Record<Locale, string> = {'zh-Hans': 'zh-CN', en: 'en-GB'};

/**
 * Formatters are costly to build and a page formats the same few shapes again
 * every minute: one per locale, zone and shape, made on first use.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(intlLocale: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(intlLocale, {...options, timeZone});
    formatters.set(key, cached);
  }
  return cached;
}

const TIME: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};

/** `08:00` on the wall clock of `timeZone`. */
export function formatTime(instant: Date, timeZone: string): string {
  return formatter('en-GB', timeZone, TIME).format(instant);
}

/**
 * Weekday and time of `instant` as read on a wall clock in `timeZone`,
 * e.g. "Mon 08:00" / "周一 08:00".
 */
export function formatWeekdayTime(instant: Date, locale: Locale, timeZone: string): string {
  return `${formatter(INTL_LOCALE[locale], timeZone, {weekday: 'short'}).format(instant)} ${formatTime(instant, timeZone)}`;
}

/** The calendar date of `instant` in `timeZone`, as `YYYY-MM-DD`. */
export function isoDateIn(instant: Date, timeZone: string): string {
  return formatter('en-CA', timeZone, {year: 'numeric', month: '2-digit', day: '2-digit'}).format(instant);
}

const DAY_MS = 86_400_000;

/**
 * When `instant` comes, read in `timeZone` from the point of view of `now`:
 * "今天 17:30" / "17:30 today", "明天 08:00" / "08:00 tomorrow", and otherwise
 * the date: "2月24日（周二）08:00" / "Tue, Feb 24, 08:00".
 */
export function formatComingTime(instant: Date, now: Date, locale: Locale, timeZone: string): string {
  const time = formatTime(instant, timeZone);
  const days = (Date.parse(isoDateIn(instant, timeZone)) - Date.parse(isoDateIn(now, timeZone))) / DAY_MS;
  if (days === 0) {
    return locale === 'en' ? `${time} today` : `今天 ${time}`;
  }
  if (days === 1) {
    return locale === 'en' ? `${time} tomorrow` : `明天 ${time}`;
  }
  if (locale === 'en') {
    return `${formatter('en-US', timeZone, {weekday: 'short', month: 'short', day: 'numeric'}).format(instant)}, ${time}`;
  }
  const date = formatter('zh-CN', timeZone, {month: 'long', day: 'numeric'}).format(instant);
  const weekday = formatter('zh-CN', timeZone, {weekday: 'short'}).format(instant);
  return `${date}（${weekday}）${time}`;
}

/** A date range as people write it: "10月1日至8日" / "Oct 1–8", across months "1月28日至2月4日" / "Jan 28 – Feb 4". */
export function formatDateRange(from: string, to: string, locale: Locale): string {
  const read = (date: string) => {
    const [, month, day] = date.split('-').map(Number) as [number, number, number];
    return {month, day};
  };
  const start = read(from);
  const end = read(to);
  if (locale === 'en') {
    const month = (m: number) => formatter('en-US', 'UTC', {month: 'short'}).format(new Date(Date.UTC(2000, m - 1, 1)));
    if (from === to) {
      return `${month(start.month)} ${start.day}`;
    }
    return start.month === end.month
      ? `${month(start.month)} ${start.day}–${end.day}`
      : `${month(start.month)} ${start.day} – ${month(end.month)} ${end.day}`;
  }
  if (from === to) {
    return `${start.month}月${start.day}日`;
  }
  return start.month === end.month
    ? `${start.month}月${start.day}日至${end.day}日`
    : `${start.month}月${start.day}日至${end.month}月${end.day}日`;
}

let ownZone: string | undefined | null = null;

/** The visitor's time zone, or undefined where the platform cannot tell (read once). */
export function visitorTimeZone(): string | undefined {
  if (ownZone === null) {
    ownZone = new Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  }
  return ownZone;
}

/** Whether two zones read the same wall clock at `instant` (then one time is enough). */
export function sameWallClock(instant: Date, zoneA: string, zoneB: string | undefined): boolean {
  if (!zoneB) {
    return false;
  }
  const read = (timeZone: string) => formatter('en-US', timeZone, {dateStyle: 'short', timeStyle: 'short'}).format(instant);
  return read(zoneA) === read(zoneB);
}
