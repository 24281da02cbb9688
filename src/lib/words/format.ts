/**
 * Locale-aware wording of schedules; pure, shared by components, JSON-LD and the policy file.
 * Live times are in formatTime.ts and holiday wording in calendarWords.ts, so that pages
 * without live status or holidays do not carry them.
 */
import type {Locale, Schedule} from '../../data/types';
import {isAlwaysOpen} from '../time/wallTime';

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
    : // No space after a full-width bracket: "每天（含周末）08:00–17:30".
      `${schedule.meaning['zh-Hans']}${schedule.meaning['zh-Hans'].endsWith('）') ? '' : ' '}${times}（${SUPPORT_TIME_ZONE_NAME['zh-Hans']}）`;
}

const HAN_THEN_LATIN = /(\p{Script=Han})([A-Za-z0-9])/gu;
const LATIN_THEN_HAN = /([A-Za-z0-9])(\p{Script=Han})/gu;

/**
 * A space between Chinese and Latin letters or digits, as the site's Chinese text
 * writes them ("北京时间 1 月 4 日 08:00 起处理"), for sentences assembled from parts
 * that cannot know their neighbours. English text passes unchanged.
 */
export function spaceMixedScripts(text: string, locale: Locale): string {
  return locale === 'en' ? text : text.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2');
}
