/**
 * The hours table's words on China's calendar: each year's holidays and make-up
 * working days, and where the dates come from. Apart from calendarWords.ts, which
 * pages without the table load too, and written as code (in the language
 * src/lib/wordsLocale.ts chooses) rather than as i18n/en/code.json messages,
 * which every English page's main bundle carries: only the contact page's own
 * chunk carries these words.
 */
import type {Locale} from '../data/types';
import type {CalendarData, NamedRange} from './calendar';
import {formatDateRange} from './calendarWords';

/**
 * One year of the calendar as a sentence: "2026 年法定节假日（北京时间）：春节 2月15日至23日，……；调休上班日：2月14日、……。"
 * / "2026 public holidays (China time): Spring Festival Feb 15–23, …. Make-up working days: Feb 14, …."
 */
export function describeCalendarYear(calendar: CalendarData, year: number, locale: Locale): string {
  const en = (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en';
  const inYear = (range: NamedRange) => range.from.startsWith(`${year}-`);
  const holidays = calendar.holidays
    .filter(inYear)
    .map((range) => `${range.name} ${formatDateRange(range.from, range.to, locale)}`)
    .join(en ? ', ' : '，');
  const workdays = calendar.workdays
    .filter(inYear)
    .map((range) => formatDateRange(range.from, range.to, locale))
    .join(en ? ', ' : '、');
  if (en) {
    return `${year} public holidays (China time): ${holidays}.${workdays && ` Make-up working days: ${workdays}.`}`;
  }
  return `${year} 年法定节假日（北京时间）：${holidays}${workdays && `；调休上班日：${workdays}`}。`;
}

/** Where the dates come from, under the hours table. */
export function describeCalendarSource(source: string, locale: Locale): string {
  return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
    ? `Holiday and make-up dates follow the State Council’s announcements (data: ${source}). For a year not announced yet, the regular hours apply.`
    : `节假日与调休日期取自国务院公布的安排（数据：${source}），尚未公布的年份按常规时间显示。`;
}

/** The hours table's column on holidays. */
export function holidayColumnTitle(locale: Locale): string {
  return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en' ? 'Public holidays' : '节假日';
}
