/**
 * Instants as read on a wall clock, for the live status. No Intl: the first Intl
 * formatter a page makes loads ICU's data in one long task (see
 * FIXED_UTC_OFFSET_MINUTES in src/lib/time/schedule.ts), so times are read with
 * zonedTime() and the few names needed are written here, checked against Intl by
 * format.test.ts. Words choose their language as src/lib/words/wordsLocale.ts says.
 */
import type {Locale} from '../../data/types';
import {VISITOR_CLOCK, zonedTime} from '../time/schedule';

/** Short weekday names, Monday first (Intl: zh-CN and en-GB, `weekday: 'short'`). */
export const WEEKDAY_NAMES: Record<Locale, readonly string[]> = {
  'zh-Hans': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** Short English month names, January first (Intl: en-US, `month: 'short'`). */
export const MONTH_NAMES_EN: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const twoDigits = (value: number) => String(value).padStart(2, '0');

const isEnglish = (locale: Locale) => (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en';

/** `08:00` on the wall clock of `timeZone`. */
export function formatTime(instant: Date, timeZone: string): string {
  const {minuteOfDay} = zonedTime(instant, timeZone);
  return `${twoDigits(Math.floor(minuteOfDay / 60))}:${twoDigits(minuteOfDay % 60)}`;
}

/**
 * Weekday and time of `instant` as read on a wall clock in `timeZone`,
 * e.g. "Mon 08:00" / "周一 08:00".
 */
export function formatWeekdayTime(instant: Date, locale: Locale, timeZone: string): string {
  const names = isEnglish(locale) ? WEEKDAY_NAMES.en : WEEKDAY_NAMES['zh-Hans'];
  return `${names[zonedTime(instant, timeZone).weekday - 1]} ${formatTime(instant, timeZone)}`;
}

/** The calendar date of `instant` in `timeZone`, as `YYYY-MM-DD`. */
export function isoDateIn(instant: Date, timeZone: string): string {
  const {year, month, day} = zonedTime(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
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
    return isEnglish(locale) ? `${time} today` : `今天 ${time}`;
  }
  if (days === 1) {
    return isEnglish(locale) ? `${time} tomorrow` : `明天 ${time}`;
  }
  const {month, day, weekday} = zonedTime(instant, timeZone);
  if (isEnglish(locale)) {
    return `${WEEKDAY_NAMES.en[weekday - 1]}, ${MONTH_NAMES_EN[month - 1]} ${day}, ${time}`;
  }
  return `${month} 月 ${day} 日（${WEEKDAY_NAMES['zh-Hans'][weekday - 1]}）${time}`;
}

/** Whether the wall clock of `timeZone` reads the same as the visitor's own at `instant` (then one time is enough). */
export function sameAsVisitorClock(instant: Date, timeZone: string): boolean {
  const zone = zonedTime(instant, timeZone);
  const visitor = zonedTime(instant, VISITOR_CLOCK);
  return (
    zone.year === visitor.year &&
    zone.month === visitor.month &&
    zone.day === visitor.day &&
    zone.minuteOfDay === visitor.minuteOfDay
  );
}
