/**
 * The calendar the build shipped, read the way the build reads it, so that the
 * browser tests compute what each badge must say with the same data and code.
 */
import type {CalendarData} from '../../src/lib/calendar';
import {loadCalendar, neededYears} from '../../src/lib/calendarSource';

export const SHIPPED_CALENDAR: CalendarData = loadCalendar(neededYears(new Date())).calendar;
