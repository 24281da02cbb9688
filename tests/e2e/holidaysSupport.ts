/**
 * The calendar the build shipped, read the way the build reads it, so that the
 * browser tests compute what each badge must say with the same data and code.
 */
import type {Locale} from '../../src/data';
import {calendarFor, type CalendarData, type SourceCalendar} from '../../src/lib/calendar/calendar';
import {loadCalendar, neededYears} from '../../src/node/calendar/calendarSource';

/** As the build reads it, names in both languages. */
export const SHIPPED_SOURCE: SourceCalendar = loadCalendar(neededYears(new Date())).calendar;

/** As the pages of `locale` get it. */
export function shippedCalendar(locale: Locale): CalendarData {
  return calendarFor(SHIPPED_SOURCE, locale);
}
