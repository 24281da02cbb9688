/**
 * China's official calendar as the site ships it: statutory holidays and make-up
 * working days as inclusive date ranges, each with its holiday's name, for the
 * years the data covers, and for a year it does not cover yet the days off the
 * law fixes. Pure and browser-safe; src/node/calendar/calendarSource.ts builds it from the
 * npm package at build time.
 */
import type {CalendarRange, ChannelId, Closure, DateRange, IsoDate, Locale, Localized, ScheduleId} from '../../data/types';

/** The calendar as the build reads it, names in both languages (the policy file states both). */
export interface SourceCalendar {
  /** Where the dates come from, e.g. `chinese-days 1.5.7`. */
  source: string;
  /** The years whose holidays and make-up days are all listed. */
  years: readonly number[];
  /**
   * Years not covered yet (not in `years`) whose holidays list only the days off the
   * law fixes (src/node/calendar/lawFixedDays.ts): no bridging days, no make-up working days.
   * On the other days of such a year the weekly hours apply (`uncalendared`).
   */
  lawFixedYears: readonly number[];
  /** Statutory days off (法定节假日), weekend days inside a break included. */
  holidays: readonly CalendarRange[];
  /** Make-up working days (调休上班日). */
  workdays: readonly CalendarRange[];
  /** Announced closures (src/data/closures.ts) that have not ended before the first year. */
  closures: readonly Closure[];
}

/** A range as a page gets it: named in the page's language only. */
export interface NamedRange extends DateRange {
  name: string;
}

/** An announced closure as a page gets it: what it closes, and why (`name`) in the page's language. */
export interface PageClosure extends NamedRange {
  channels?: readonly ChannelId[];
  schedules?: readonly ScheduleId[];
}

/**
 * The calendar a page ships (as global data, in every page's main bundle) and the
 * time model reads: the build's calendar with one language's names, because the
 * other language's would be dead weight in every page.
 */
export interface CalendarData extends Omit<SourceCalendar, 'holidays' | 'workdays' | 'closures'> {
  holidays: readonly NamedRange[];
  workdays: readonly NamedRange[];
  closures: readonly PageClosure[];
}

/** The calendar for the pages of `locale`. */
export function calendarFor(calendar: SourceCalendar, locale: Locale): CalendarData {
  const named = ({from, to, name}: CalendarRange): NamedRange => ({from, to, name: name[locale]});
  return {
    source: calendar.source,
    years: calendar.years,
    lawFixedYears: calendar.lawFixedYears,
    holidays: calendar.holidays.map(named),
    workdays: calendar.workdays.map(named),
    closures: calendar.closures.map(({from, to, channels, schedules, reason}) => ({
      from,
      to,
      name: reason[locale],
      ...(channels && {channels}),
      ...(schedules && {schedules}),
    })),
  };
}

/** No dates at all: both the build's source calendar and the pages' calendar (empty lists name nothing). */
export const EMPTY_CALENDAR: CalendarData & SourceCalendar = {
  source: 'none',
  years: [],
  lawFixedYears: [],
  holidays: [],
  workdays: [],
  closures: [],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date (ISO date-only strings parse as UTC). Only
 * for dates already checked: the data's are, when the site builds (isIsoDate).
 */
export function dayNumber(date: IsoDate): number {
  return Date.parse(date) / DAY_MS;
}

export function isoDateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    return false;
  }
  // Date.parse rejects month 13 (NaN) and rolls 02-30 over into March: a real date survives the round trip.
  const day = dayNumber(value);
  return Number.isInteger(day) && isoDateOfDay(day) === value;
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

/** Whether every holiday and make-up working day of the year is listed. */
export function coversYear(calendar: Pick<CalendarData, 'years'>, year: number): boolean {
  return calendar.years.includes(year);
}

/** Whether the year's listed holidays are only the days the law fixes (its make-up days are unknown). */
export function isLawFixedYear(calendar: Pick<CalendarData, 'lawFixedYears'>, year: number): boolean {
  return calendar.lawFixedYears.includes(year);
}

/** Whether the date lies in the range (ISO dates compare as strings): a scan of a few dozen ranges, no index to ship. */
export function inRange(range: DateRange, date: IsoDate): boolean {
  return range.from <= date && date <= range.to;
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
