/**
 * Hand-edited exceptions to the weekly hours (see README, "Updating the hours").
 *
 * CLOSURES: days the team announces it is away, or a channel is down. Dates are
 * China-time calendar dates, `to` included; `channels` and/or `schedules` say what
 * closes (a schedule closes every channel that keeps it). The site shows a notice
 * from 14 days before `from` until `to`, and the badges say why they are closed.
 *
 * MANUAL_CALENDAR: a year of statutory holidays and make-up working days typed in
 * by hand, only for a year the `chinese-days` package has not published yet. It is
 * used when the package lacks the year and ignored (with a build warning) once the
 * package has it. Copy the dates from the State Council's notice (国务院办公厅关于
 * 某年部分节假日安排的通知): weekend days inside a break count as holidays.
 * Without an entry, such a year still has the days off the law fixes, computed
 * (src/lib/lawFixedDays.ts), but no make-up working days or bridging days.
 *
 * Both are checked when the site builds; a bad entry stops the build and is named.
 */
import type {Closure, ManualCalendarYear} from './types';

export const CLOSURES: readonly Closure[] = [];

export const MANUAL_CALENDAR: readonly ManualCalendarYear[] = [];
