/**
 * Schedule maths on the instant line. A schedule is a set of weekly, half-open
 * wall-clock intervals in one IANA time zone; whether it is open depends on the
 * instant only, never on the visitor's own time zone.
 */
import type {DailyInterval, Schedule, WallTime, Weekday} from '../data/types';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
/** Search horizon for the next change: one week plus a day covers every weekly schedule. */
const HORIZON_DAYS = 8;

const WEEKDAY_BY_SHORT_NAME: Record<string, Weekday> = {
  Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7,
};

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `timeZone` at `instant`. */
export interface ZonedTime {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** Minutes since local midnight, 0–1439. */
  minuteOfDay: number;
}

export function zonedTime(instant: Date, timeZone: string): ZonedTime {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAY_BY_SHORT_NAME[parts.weekday ?? '']!,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** `HH:MM` → minutes since midnight; `24:00` → 1440. */
export function wallTimeToMinutes(time: WallTime): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) {
    throw new Error(`"${time}" is not a HH:MM time`);
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minutes > DAY_MINUTES) {
    throw new Error(`"${time}" is not a time of day`);
  }
  return minutes;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (UTC+8 → 480). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const local = zonedTime(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day) + local.minuteOfDay * MINUTE_MS;
  const truncated = Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS;
  return Math.round((asUtc - truncated) / MINUTE_MS);
}

/** The instant at which the wall clock of `timeZone` reads the given local date and minute. */
function instantOfWallClock(
  date: {year: number; month: number; day: number},
  minuteOfDay: number,
  timeZone: string,
): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  // Two passes settle the offset even when the guess lands across a DST change.
  let instant = naive - offsetMinutes(new Date(naive), timeZone) * MINUTE_MS;
  instant = naive - offsetMinutes(new Date(instant), timeZone) * MINUTE_MS;
  return new Date(instant);
}

function intervalMinutes(interval: DailyInterval): [number, number] {
  return [wallTimeToMinutes(interval.start), wallTimeToMinutes(interval.end)];
}

export function isOpen(schedule: Schedule, instant: Date): boolean {
  const local = zonedTime(instant, schedule.timeZone);
  if (!schedule.days.includes(local.weekday)) {
    return false;
  }
  return schedule.intervals.some((interval) => {
    const [start, end] = intervalMinutes(interval);
    return local.minuteOfDay >= start && local.minuteOfDay < end;
  });
}

/** True when the schedule never closes (every day, all day). */
export function isAlwaysOpen(schedule: Schedule): boolean {
  return (
    schedule.days.length === 7 &&
    schedule.intervals.some((interval) => {
      const [start, end] = intervalMinutes(interval);
      return start === 0 && end === DAY_MINUTES;
    })
  );
}

interface Boundary {
  at: Date;
  opens: boolean;
}

/** Opening and closing instants of the schedule from the local day of `instant` on, in order. */
function boundaries(schedule: Schedule, instant: Date): Boundary[] {
  const today = zonedTime(instant, schedule.timeZone);
  const result: Boundary[] = [];
  for (let offset = 0; offset <= HORIZON_DAYS; offset += 1) {
    // Calendar arithmetic on a UTC date keeps month and year rollovers right.
    const calendar = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const date = {
      year: calendar.getUTCFullYear(),
      month: calendar.getUTCMonth() + 1,
      day: calendar.getUTCDate(),
    };
    const weekday = ((((today.weekday - 1 + offset) % 7) + 7) % 7) + 1;
    if (!schedule.days.includes(weekday as Weekday)) {
      continue;
    }
    for (const interval of schedule.intervals) {
      const [start, end] = intervalMinutes(interval);
      result.push({at: instantOfWallClock(date, start, schedule.timeZone), opens: true});
      result.push({at: instantOfWallClock(date, end, schedule.timeZone), opens: false});
    }
  }
  return result.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The next instant after `instant` at which the schedule changes state, or `null`
 * for a schedule that is always open (or never open).
 */
function nextChange(schedule: Schedule, instant: Date, toOpen: boolean): Date | null {
  const open = isOpen(schedule, instant);
  if (open === toOpen) {
    throw new Error('nextChange asked for the state the schedule is already in');
  }
  for (const boundary of boundaries(schedule, instant)) {
    if (boundary.at.getTime() > instant.getTime() && boundary.opens === toOpen) {
      // Adjacent intervals (…–24:00 then 00:00–…) close and reopen at the same instant.
      if (isOpen(schedule, boundary.at) === toOpen) {
        return boundary.at;
      }
    }
  }
  return null;
}

/** When a closed schedule next opens; `null` when it is open now or never opens. */
export function nextOpening(schedule: Schedule, instant: Date): Date | null {
  return isOpen(schedule, instant) ? null : nextChange(schedule, instant, true);
}

/** When an open schedule next closes; `null` when it is closed now or never closes. */
export function nextClosing(schedule: Schedule, instant: Date): Date | null {
  return isOpen(schedule, instant) ? nextChange(schedule, instant, false) : null;
}
