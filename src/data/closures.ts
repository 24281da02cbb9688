/**
 * CLOSURES AND HAND-TYPED HOLIDAYS: exceptions to the weekly hours (README,
 * "Holidays, make-up days and closures"; ARCHITECTURE.md, "Holidays and closures").
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
 * (src/node/calendar/lawFixedDays.ts), but no make-up working days or bridging days.
 *
 * Both are checked when the site builds; a bad entry stops the build and is named.
 *
 * To announce a closure, add to `CLOSURES`:
 *   {id: '2027-annual-meeting', from: '2027-01-22', to: '2027-01-22', channels: ['phone'],
 *    schedules: ['5x8'], reason: {'zh-Hans': '公司年会', en: 'our annual company meeting'}}
 * The reason reads inside "因…暂停服务" and "Closed for …".
 * To type in a year the package lacks, add to `MANUAL_CALENDAR`:
 *   {year: 2027, holidays: [{from: '2027-10-01', to: '2027-10-07', name: HOLIDAY_NAMES.国庆节}],
 *    workdays: [{from: '2027-09-26', to: '2027-09-26', name: HOLIDAY_NAMES.国庆节}]}
 * (`HOLIDAY_NAMES` from ./calendarNames.ts, or a name typed in both languages.)
 */
import type {Closure, ManualCalendarYear} from './types';

export const CLOSURES: readonly Closure[] = [];

export const MANUAL_CALENDAR: readonly ManualCalendarYear[] = [];
