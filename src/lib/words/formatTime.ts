/**
 * Instants as read on a wall clock, for the live status: formatters are made
 * once per locale, zone and shape, since a page formats the same few shapes
 * again every minute. Words choose their language as src/lib/words/wordsLocale.ts says.
 */
import type {Locale} from '../../data/types';

const INTL_LOCALE: Record<Locale, string> = {'zh-Hans': 'zh-CN', en: 'en-GB'};

/** One formatter per locale, zone and shape, made on first use. */
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
 * the date: "2 月 24 日（周二）08:00" / "Tue, Feb 24, 08:00" (the Chinese date
 * spaced as calendarWords.ts' formatDateRange writes it).
 */
export function formatComingTime(instant: Date, now: Date, locale: Locale, timeZone: string): string {
  const time = formatTime(instant, timeZone);
  const days = (Date.parse(isoDateIn(instant, timeZone)) - Date.parse(isoDateIn(now, timeZone))) / DAY_MS;
  if (days === 0) {
    return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en' ? `${time} today` : `今天 ${time}`;
  }
  if (days === 1) {
    return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en' ? `${time} tomorrow` : `明天 ${time}`;
  }
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en') {
    return `${formatter('en-US', timeZone, {weekday: 'short', month: 'short', day: 'numeric'}).format(instant)}, ${time}`;
  }
  const [, month, day] = isoDateIn(instant, timeZone).split('-').map(Number);
  const weekday = formatter('zh-CN', timeZone, {weekday: 'short'}).format(instant);
  return `${month} 月 ${day} 日（${weekday}）${time}`;
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
