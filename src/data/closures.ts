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
import type {CalendarRange, DateRange} from '../lib/calendar/calendar';
import type {Channel, ChannelId, Localized, ScheduleId} from './types';

export interface Closure extends DateRange {
  /** A short name for messages and the policy file, e.g. `2027-company-retreat`. */
  id: string;
  channels?: readonly ChannelId[];
  schedules?: readonly ScheduleId[];
  /** Why, as a short phrase: "公司年会" / "company retreat". */
  reason: Localized;
}

export interface ManualCalendarYear {
  year: number;
  holidays: readonly CalendarRange[];
  workdays: readonly CalendarRange[];
}

export const CLOSURES: readonly Closure[] = [];

export const MANUAL_CALENDAR: readonly ManualCalendarYear[] = [];

/** Whether a closure closes the channel, named directly or through its schedule. */
export function closes(closure: Pick<Closure, 'channels' | 'schedules'>, channel: Pick<Channel, 'id' | 'schedule'>): boolean {
  return Boolean(closure.channels?.includes(channel.id) || closure.schedules?.includes(channel.schedule));
}
