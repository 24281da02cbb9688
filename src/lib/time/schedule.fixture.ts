/**
 * The four notations (ARCHITECTURE.md, "Service hours") as made-up schedules in China time: the time model's
 * tests run on these (and on the fixture calendar), not on src/data, so that they
 * hold whatever the real hours are.
 */
import type {Schedule, ScheduleId, WallTime, Weekday} from '../../data/types';

function fixture(id: ScheduleId, notation: string, days: readonly Weekday[], start: WallTime, end: WallTime): Schedule {
  return {
    id,
    notation,
    timeZone: 'Asia/Shanghai',
    days,
    intervals: [{start, end}],
    meaning: {'zh-Hans': notation, en: notation},
    holidays: id === '7x24' ? 'ignored' : 'observed',
  };
}

export const FIXTURE_SCHEDULES: Record<ScheduleId, Schedule> = {
  '7x24': fixture('7x24', '7×24', [1, 2, 3, 4, 5, 6, 7], '00:00', '24:00'),
  '7x8': fixture('7x8', '7×8', [1, 2, 3, 4, 5, 6, 7], '08:00', '17:30'),
  '5x8': fixture('5x8', '5×8', [1, 2, 3, 4, 5], '08:00', '17:30'),
  '6x8': fixture('6x8', '6×8', [1, 2, 3, 4, 5, 6], '08:00', '17:30'),
};
