/**
 * Wall-clock times of the schedules, without any time-zone work: small enough
 * for every page (the hours in words), while the live maths stays in schedule.ts.
 */
import type {DailyInterval, Schedule, WallTime} from '../../data/types';

export const DAY_MINUTES = 24 * 60;

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

export function intervalMinutes(interval: DailyInterval): [number, number] {
  return [wallTimeToMinutes(interval.start), wallTimeToMinutes(interval.end)];
}

/** True when the schedule never closes by its weekly pattern (every day, all day). */
export function isAlwaysOpen(schedule: Schedule): boolean {
  return (
    schedule.days.length === 7 &&
    schedule.intervals.some((interval) => {
      const [start, end] = intervalMinutes(interval);
      return start === 0 && end === DAY_MINUTES;
    })
  );
}
