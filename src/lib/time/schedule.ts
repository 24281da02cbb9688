/**
 * Schedule maths on the instant line. A schedule is a set of weekly, half-open
 * wall-clock intervals in one IANA time zone, changed day by day by China's
 * official calendar (for a schedule that observes it) and by announced closures.
 * Whether it is open depends on the instant only, never on the visitor's own zone.
 */
import type {DailyInterval, Schedule, Weekday, DateRange} from '../../data/types';
import {
  coversYear,
  dayNumber as dayNumberOf,
  EMPTY_CALENDAR,
  inRange,
  isLawFixedYear,
  isoDateOfDay,
  type CalendarData,
  type PageClosure,
} from '../calendar/calendar';

import {DAY_MINUTES, intervalMinutes} from './wallTime';

export {isAlwaysOpen, wallTimeToMinutes} from './wallTime';

const MINUTE_MS = 60_000;
/**
 * How far ahead the next opening or closing is looked for, at most: a nine-day
 * Spring Festival, a closure of several weeks and any weekly pattern fit well inside.
 */
const HORIZON_DAYS = 400;
/** Past the last dated exception, the weekly pattern repeats: one week and a day show every change. */
const WEEK_DAYS = 8;

const WEEKDAY_BY_SHORT_NAME: Record<string, Weekday> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

/**
 * Zones whose offset from UTC has not changed since before the years any calendar
 * here covers, with that offset in minutes: read by arithmetic, not Intl. The
 * first Intl object a page makes loads ICU's data: 25–50 ms in one task in
 * Chromium 156 on a 2-core server CPU (the next formatter costs under 1 ms),
 * four times that on a phone; tests/e2e/main-thread.spec.ts keeps ICU out of
 * every page load. China has kept UTC+8 without daylight saving time since
 * 1991; schedule.test.ts checks every entry against Intl's time zone database.
 */
export const FIXED_UTC_OFFSET_MINUTES: Readonly<Record<string, number>> = {'Asia/Shanghai': 480, UTC: 0};

/** The visitor's own wall clock as a zone: the browser's local time, from `Date`'s local offset at the instant (no Intl). */
export const VISITOR_CLOCK = 'visitor-clock';

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

/** `Date`'s day of the week (0 = Sunday) as a `Weekday` (7 = Sunday). */
const weekdayOfDateDay = (dateDay: number) => (((dateDay + 6) % 7) + 1) as Weekday;

export function zonedTime(instant: Date, timeZone: string): ZonedTime {
  // The visitor's offset at this instant (getTimezoneOffset counts the other way round).
  const offset = timeZone === VISITOR_CLOCK ? -instant.getTimezoneOffset() : FIXED_UTC_OFFSET_MINUTES[timeZone];
  if (offset !== undefined) {
    // The UTC fields of the instant moved by the offset are the zone's wall clock.
    const shifted = new Date(instant.getTime() + offset * MINUTE_MS);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      weekday: weekdayOfDateDay(shifted.getUTCDay()),
      minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    };
  }
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

/** Offset of `timeZone` from UTC at `instant`, in minutes (UTC+8 → 480). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const local = zonedTime(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day) + local.minuteOfDay * MINUTE_MS;
  const truncated = Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS;
  return Math.round((asUtc - truncated) / MINUTE_MS);
}

/** The instant at which the wall clock of `timeZone` reads the given local date and minute. */
function instantOfWallClock(date: {year: number; month: number; day: number}, minuteOfDay: number, timeZone: string): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  // Two passes settle the offset even when the guess lands across a DST change.
  let instant = naive - offsetMinutes(new Date(naive), timeZone) * MINUTE_MS;
  instant = naive - offsetMinutes(new Date(instant), timeZone) * MINUTE_MS;
  return new Date(instant);
}

/** Where a day's hours come from (`data-reason`, ARCHITECTURE.md "Holidays and closures"). */
export type Reason = 'hours' | 'holiday' | 'workday' | 'closure' | 'uncalendared';

/** The exceptions a schedule is read with: the official calendar and the closures that apply to it. */
export interface Exceptions {
  calendar: CalendarData;
  closures: readonly PageClosure[];
}

/**
 * No calendar, no closures: the weekly pattern, flagged `uncalendared` where holidays matter.
 * Passed explicitly (the time model has no default), so no caller forgets the calendar unseen.
 */
export const NO_EXCEPTIONS: Exceptions = {calendar: EMPTY_CALENDAR, closures: []};

/** One local day of a schedule: its opening intervals and why they are what they are. */
export interface DayPlan {
  intervals: readonly DailyInterval[];
  reason: Reason;
  /** The holiday (or make-up day's holiday) or the closure's reason that decides the day. */
  name: string | null;
}

const NONE: readonly DailyInterval[] = [];

/** The day numbered `day` (days since 1970-01-01) of `schedule`'s local calendar. */
export function dayPlan(schedule: Schedule, day: number, {calendar, closures}: Exceptions): DayPlan {
  const date = isoDateOfDay(day);
  // 1970-01-01 was a Thursday.
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
  const weekly = schedule.days.includes(weekday as Weekday) ? schedule.intervals : NONE;
  const on = (range: DateRange) => inRange(range, date);
  const closure = closures.find(on);
  if (closure) {
    return {intervals: NONE, reason: 'closure', name: closure.name};
  }
  if (schedule.holidays === 'ignored') {
    return {intervals: weekly, reason: 'hours', name: null};
  }
  const year = Number(date.slice(0, 4));
  const covered = coversYear(calendar, year);
  // In a year known only by its law-fixed days, those are holidays; any other day is a guess.
  const holiday = (covered || isLawFixedYear(calendar, year)) && calendar.holidays.find(on);
  if (holiday) {
    return {intervals: NONE, reason: 'holiday', name: holiday.name};
  }
  if (!covered) {
    return {intervals: weekly, reason: 'uncalendared', name: null};
  }
  const workday = calendar.workdays.find(on);
  return workday
    ? {intervals: schedule.intervals, reason: 'workday', name: workday.name}
    : {intervals: weekly, reason: 'hours', name: null};
}

function localDay(instant: Date, timeZone: string): {day: number; minuteOfDay: number} {
  const local = zonedTime(instant, timeZone);
  return {day: Date.UTC(local.year, local.month - 1, local.day) / (DAY_MINUTES * MINUTE_MS), minuteOfDay: local.minuteOfDay};
}

/** The local day of the schedule at `instant`, e.g. to say why it is closed. */
export function dayPlanAt(schedule: Schedule, instant: Date, exceptions: Exceptions): DayPlan {
  return dayPlan(schedule, localDay(instant, schedule.timeZone).day, exceptions);
}

export function isOpen(schedule: Schedule, instant: Date, exceptions: Exceptions): boolean {
  const {day, minuteOfDay} = localDay(instant, schedule.timeZone);
  return dayPlan(schedule, day, exceptions).intervals.some((interval) => {
    const [start, end] = intervalMinutes(interval);
    return minuteOfDay >= start && minuteOfDay < end;
  });
}

/** An open stretch on the local timeline, in minutes since 1970-01-01 00:00 local time. */
interface Span {
  start: number;
  end: number;
  /** The day on which the stretch starts. */
  plan: DayPlan;
}

/**
 * The schedule's open stretches from the local day of `today` on, in order, with
 * intervals that touch (…–24:00 then 00:00–…) joined into one. Local minutes
 * keep the walk free of time-zone work; only the answer becomes an instant.
 */
function* openSpans(schedule: Schedule, today: number, horizon: number, exceptions: Exceptions): Generator<Span> {
  let pending: Span | null = null;
  for (let day = today; day <= today + horizon; day += 1) {
    const plan = dayPlan(schedule, day, exceptions);
    const spans = plan.intervals
      .map(intervalMinutes)
      .sort((a, b) => a[0] - b[0])
      .map(([start, end]) => ({start: day * DAY_MINUTES + start, end: day * DAY_MINUTES + end, plan}));
    for (const span of spans) {
      if (pending && span.start <= pending.end) {
        pending.end = Math.max(pending.end, span.end);
        continue;
      }
      if (pending) {
        yield pending;
      }
      pending = span;
    }
  }
  if (pending) {
    yield pending;
  }
}

/**
 * Days to look ahead from `today`: a week past the last day any exception can
 * change (a closure's end; for an observing schedule, the end of the last year the
 * calendar lists holidays for, covered or law-fixed), so a plain weekly schedule
 * costs a week's walk and a holiday season no more than it needs.
 */
function horizonDays(schedule: Schedule, today: number, exceptions: Exceptions): number {
  let last = today;
  for (const closure of exceptions.closures) {
    last = Math.max(last, dayNumberOf(closure.to));
  }
  const {years, lawFixedYears} = exceptions.calendar;
  if (schedule.holidays === 'observed' && years.length + lawFixedYears.length > 0) {
    last = Math.max(last, dayNumberOf(`${Math.max(...years, ...lawFixedYears)}-12-31`));
  }
  return Math.min(HORIZON_DAYS, last - today + WEEK_DAYS);
}

function instantOfLocalMinute(minute: number, timeZone: string): Date {
  const date = new Date(Math.floor(minute / DAY_MINUTES) * DAY_MINUTES * MINUTE_MS);
  const ymd = {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
  return instantOfWallClock(ymd, minute % DAY_MINUTES, timeZone);
}

/** When a closed schedule next opens, and the day it opens on; `null` when it is open or opens beyond the horizon. */
export function nextOpeningDay(schedule: Schedule, instant: Date, exceptions: Exceptions): {at: Date; plan: DayPlan} | null {
  if (isOpen(schedule, instant, exceptions)) {
    return null;
  }
  const {day} = localDay(instant, schedule.timeZone);
  for (const span of openSpans(schedule, day, horizonDays(schedule, day, exceptions), exceptions)) {
    const at = instantOfLocalMinute(span.start, schedule.timeZone);
    if (at.getTime() > instant.getTime()) {
      return {at, plan: span.plan};
    }
  }
  return null;
}

/** When a closed schedule next opens; `null` when it is open now or never opens within the horizon. */
export function nextOpening(schedule: Schedule, instant: Date, exceptions: Exceptions): Date | null {
  return nextOpeningDay(schedule, instant, exceptions)?.at ?? null;
}

/** When an open schedule next closes; `null` when it is closed now or stays open past the horizon. */
export function nextClosing(schedule: Schedule, instant: Date, exceptions: Exceptions): Date | null {
  if (!isOpen(schedule, instant, exceptions)) {
    return null;
  }
  const {day} = localDay(instant, schedule.timeZone);
  const horizon = horizonDays(schedule, day, exceptions);
  const horizonEnd = (day + horizon + 1) * DAY_MINUTES;
  for (const span of openSpans(schedule, day, horizon, exceptions)) {
    if (span.end >= horizonEnd) {
      return null;
    }
    const at = instantOfLocalMinute(span.end, schedule.timeZone);
    if (at.getTime() > instant.getTime()) {
      return at;
    }
  }
  return null;
}

/** A schedule's state at an instant, with why and when it changes: what a badge shows. */
export interface ScheduleStatus {
  state: 'open' | 'closed';
  /** Where the state comes from (`data-reason`). */
  reason: Reason;
  /** The holiday or the closure's reason when one of them decides today. */
  name: string | null;
  /** For a closed schedule, when it opens next. */
  opensAt: Date | null;
  /** Whether that opening falls in a year the calendar does not cover (a guess from the weekly hours). */
  opensUncalendared: boolean;
  /** For an open schedule, when it closes next; null when it never closes. */
  closesAt: Date | null;
}

export function scheduleStatus(schedule: Schedule, instant: Date, exceptions: Exceptions): ScheduleStatus {
  const today = dayPlanAt(schedule, instant, exceptions);
  const open = isOpen(schedule, instant, exceptions);
  const opening = open ? null : nextOpeningDay(schedule, instant, exceptions);
  return {
    state: open ? 'open' : 'closed',
    reason: today.reason,
    name: today.name,
    opensAt: opening?.at ?? null,
    opensUncalendared: opening?.plan.reason === 'uncalendared',
    closesAt: open ? nextClosing(schedule, instant, exceptions) : null,
  };
}

/** The first instant from `instant` on at which the schedule is open: the instant itself while open; null beyond the horizon. */
export function openFrom(schedule: Schedule, instant: Date, exceptions: Exceptions): Date | null {
  return isOpen(schedule, instant, exceptions) ? instant : nextOpening(schedule, instant, exceptions);
}
