/** Locale-aware wording of schedules; pure, shared by components, JSON-LD and the policy file. */
import type {Locale, Schedule} from '../data/types';
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

const INTL_LOCALE: Record<Locale, string> = {'zh-Hans': 'zh-CN', en: 'en-GB'};

/**
 * Weekday and time of `instant` as read on a wall clock in `timeZone`
 * (the visitor's own zone when omitted), e.g. "Mon 08:00" / "周一 08:00".
 */
export function formatWeekdayTime(instant: Date, locale: Locale, timeZone?: string): string {
  const weekday = new Intl.DateTimeFormat(INTL_LOCALE[locale], {weekday: 'short', timeZone}).format(instant);
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(instant);
  return `${weekday} ${time}`;
}

/** The visitor's time zone, or undefined where the platform cannot tell. */
export function visitorTimeZone(): string | undefined {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

/** Whether two zones read the same wall clock at `instant` (then one time is enough). */
export function sameWallClock(instant: Date, zoneA: string, zoneB: string | undefined): boolean {
  if (!zoneB) {
    return false;
  }
  const read = (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {timeZone, dateStyle: 'short', timeStyle: 'short'}).format(instant);
  return read(zoneA) === read(zoneB);
}
