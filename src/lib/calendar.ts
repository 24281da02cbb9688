/**
 * China's official calendar as the site ships it: statutory holidays and make-up
 * working days as inclusive date ranges, each with its holiday's name, for the
 * years the data covers. Pure and browser-safe; src/lib/calendarSource.ts builds
 * it from the npm package at build time.
 */
import type {Closure} from '../data/closures';
import type {Localized} from '../data/types';

/** A calendar date `YYYY-MM-DD`, read in China time. */
export type IsoDate = string;

/** Consecutive days, `from` and `to` included. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface CalendarRange extends DateRange {
  /** The holiday the days belong to (a make-up day names the holiday it makes up for). */
  name: Localized;
}

export interface CalendarData {
  /** Where the dates come from, e.g. `chinese-days 1.5.7`. */
  source: string;
  /** The years whose holidays and make-up days are all listed. */
  years: readonly number[];
  /** Statutory days off (法定节假日), weekend days inside a break included. */
  holidays: readonly CalendarRange[];
  /** Make-up working days (调休上班日). */
  workdays: readonly CalendarRange[];
  /** Announced closures (src/data/closures.ts) that have not ended before the first year. */
  closures: readonly Closure[];
}

export const EMPTY_CALENDAR: CalendarData = {source: 'none', years: [], holidays: [], workdays: [], closures: []};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid ISO date, or NaN. */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) {
    return Number.NaN;
  }
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 02-30 over into March: a real date survives the round trip.
  return isoDateOfDay(time / DAY_MS) === date ? time / DAY_MS : Number.NaN;
}

export function isoDateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(dayNumber(value));
}

/** Each date of the range, in order. */
export function rangeDates({from, to}: DateRange): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day += 1) {
    dates.push(isoDateOfDay(day));
  }
  return dates;
}

/** Runs of consecutive dates with the same name, as ranges (the compact form the browser gets). */
export function toRanges(days: readonly {date: IsoDate; name: Localized}[]): CalendarRange[] {
  const sorted = [...days].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const ranges: CalendarRange[] = [];
  for (const {date, name} of sorted) {
    const last = ranges.at(-1);
    if (last && last.name.en === name.en && dayNumber(date) === dayNumber(last.to) + 1) {
      last.to = date;
    } else {
      ranges.push({from: date, to: date, name});
    }
  }
  return ranges;
}

export type CalendarDay = {kind: 'holiday' | 'workday'; name: Localized};

export function coversYear(calendar: CalendarData, year: number): boolean {
  return calendar.years.includes(year);
}

/** Whether the date lies in the range (ISO dates compare as strings). */
function inRange(range: DateRange, date: IsoDate): boolean {
  return range.from <= date && date <= range.to;
}

/**
 * What the calendar says of a date: a holiday, a make-up working day, or nothing
 * (an ordinary day). A scan of a few dozen ranges: no index to build or ship.
 */
export function calendarDay(calendar: CalendarData, date: IsoDate): CalendarDay | null {
  const holiday = calendar.holidays.find((range) => inRange(range, date));
  if (holiday) {
    return {kind: 'holiday', name: holiday.name};
  }
  const workday = calendar.workdays.find((range) => inRange(range, date));
  return workday ? {kind: 'workday', name: workday.name} : null;
}

/** The holiday notice appears this many days before the first day off and stays until the last. */
export const NOTICE_DAYS = 14;

/** Whether the range is in its notice window on `today`. */
export function inNoticeWindow(range: DateRange, today: IsoDate): boolean {
  const day = dayNumber(today);
  return day >= dayNumber(range.from) - NOTICE_DAYS && day <= dayNumber(range.to);
}

/** Whether any holiday or closure is due for a notice on `today` (cheap: decides whether to load the notice). */
export function noticeDue(calendar: CalendarData, today: IsoDate): boolean {
  return [...calendar.holidays, ...calendar.closures].some((range) => inNoticeWindow(range, today));
}
