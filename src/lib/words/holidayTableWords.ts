/**
 * The hours table's words on China's calendar: each year's holidays and make-up
 * working days. Apart from calendarWords.ts, which pages without the table load
 * too, and written as code (in the language src/lib/words/wordsLocale.ts chooses)
 * rather than as i18n/en/code.json messages, which every English page's main
 * bundle carries: only the contact page's own chunk carries these words.
 */
import type {Locale} from '../../data/types';
import {isLawFixedYear, type CalendarData, type NamedRange} from '../calendar/calendar';
import {formatDateRange} from './calendarWords';

/** The years the table can list, in order: those fully covered and those known by their law-fixed days. */
export function describedYears(calendar: Pick<CalendarData, 'years' | 'lawFixedYears'>): number[] {
  return [...new Set([...calendar.years, ...calendar.lawFixedYears])].sort((a, b) => a - b);
}

/**
 * One year of the calendar as a sentence: "2026 年法定节假日（北京时间）：春节 2 月 15 日至 23 日，……；调休上班日：2 月 14 日、……。"
 * / "2026 public holidays (China time): Spring Festival Feb 15–23, …. Make-up working days: Feb 14, …."
 * A law-fixed year lists its days off and says that its make-up days are not in the calendar yet.
 */
export function describeCalendarYear(calendar: CalendarData, year: number, locale: Locale): string {
  const en = (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en';
  const lawFixed = isLawFixedYear(calendar, year);
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
    const makeUp = lawFixed
      ? ` ${year}’s make-up working days aren’t in our calendar yet: these are the days off fixed by law, and other days follow the regular weekly hours.`
      : workdays && ` Make-up working days: ${workdays}.`;
    return `${year} public holidays (China time): ${holidays}.${makeUp}`;
  }
  const makeUp = lawFixed
    ? `。${year} 年的调休安排尚未收录：以上为法律规定的假日，其余日期按常规时间推算`
    : workdays && `；调休上班日：${workdays}`;
  return `${year} 年法定节假日（北京时间）：${holidays}${makeUp}。`;
}
