/** Live status of a channel at an instant: pure, so components and tests share it. */
import {STANDARD_HOURS, type Channel, type ChannelId} from '../../data';
import type {CalendarData} from '../calendar/calendar';
import {isOpen, offsetMinutes, openFrom, scheduleStatus, zonedTime, type Exceptions, type ScheduleStatus} from './schedule';
import {getChannel, getSchedule} from '../lookup';
import {closes} from '../calendar/closures';

export type ChannelState = 'open' | 'closed' | 'unknown';

export type ChannelStatus = ScheduleStatus;

function exceptionsFor(channel: Channel, calendar: CalendarData): Exceptions {
  return {calendar, closures: calendar.closures.filter((closure) => closes(closure, channel))};
}

export function channelStatus(channel: Channel, instant: Date, calendar: CalendarData): ChannelStatus {
  return scheduleStatus(getSchedule(channel.schedule), instant, exceptionsFor(channel, calendar));
}

/**
 * Every channel's status at one instant, computed once however many badges ask
 * (the page's badges share one clock tick, so they share this too).
 */
let memo: {
  time: number;
  calendar: CalendarData;
  statuses: Map<ChannelId, ChannelStatus>;
  /** repliesFrom at this tick, once computed (undefined until then). */
  repliesFrom?: Date | null;
} | null = null;

/** The memo of `instant`'s tick, started afresh when the tick or the calendar changes. */
function tickMemo(instant: Date, calendar: CalendarData) {
  if (!memo || memo.time !== instant.getTime() || memo.calendar !== calendar) {
    memo = {time: instant.getTime(), calendar, statuses: new Map()};
  }
  return memo;
}

export function statusAt(id: ChannelId, instant: Date, calendar: CalendarData): ChannelStatus {
  const {statuses} = tickMemo(instant, calendar);
  let status = statuses.get(id);
  if (!status) {
    status = channelStatus(getChannel(id), instant, calendar);
    statuses.set(id, status);
  }
  return status;
}

/** The standard support hours with the calendar and the closures that name them. */
function standardHours(calendar: CalendarData) {
  return {
    schedule: getSchedule(STANDARD_HOURS),
    exceptions: {calendar, closures: calendar.closures.filter((closure) => closure.schedules?.includes(STANDARD_HOURS))},
  };
}

export function inStandardHours(instant: Date, calendar: CalendarData): boolean {
  const {schedule, exceptions} = standardHours(calendar);
  return isOpen(schedule, instant, exceptions);
}

/**
 * When the team reads what a queued channel (ticket, email) receives at `instant`:
 * the instant itself inside standard hours, otherwise the next opening of standard
 * hours (holidays, make-up days and closures included); null if none is in sight.
 */
export function repliesFrom(instant: Date, calendar: CalendarData): Date | null {
  // Every queued badge and the panel ask at the same tick: computed once.
  const tick = tickMemo(instant, calendar);
  if (tick.repliesFrom === undefined) {
    const {schedule, exceptions} = standardHours(calendar);
    tick.repliesFrom = openFrom(schedule, instant, exceptions);
  }
  return tick.repliesFrom;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `instant` as ISO 8601 on the wall clock of `timeZone`, with its offset: `2026-10-08T08:00:00+08:00`. */
export function isoInZone(instant: Date, timeZone: string): string {
  const local = zonedTime(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const time = `${pad(Math.floor(local.minuteOfDay / 60))}:${pad(local.minuteOfDay % 60)}:${pad(instant.getUTCSeconds())}`;
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
