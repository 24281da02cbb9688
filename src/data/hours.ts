/**
 * THE SCHEDULES a channel keeps (ARCHITECTURE.md, "Service hours"), in China time.
 *
 * To change opening hours: edit `days` (ISO weekdays, 1 = Monday) or `intervals`
 * (half-open `HH:MM`, `24:00` = end of day) of the schedule; `WORKING_DAY` is
 * shared by 7x8, 5x8 and 6x8, so give one schedule its own list to change it alone.
 * To add a schedule: add its id to `ScheduleId` in ./types.ts, then an entry here
 * with its `notation`, `meaning` in both languages and `holidays` (`observed`:
 * closed on statutory holidays, open on make-up working days; `ignored`).
 * `STANDARD_HOURS` names the standard support hours. Then `npm test`.
 */
import type {Schedule, ScheduleId} from './types';

/** Every schedule is read in China Standard Time (UTC+8, no daylight saving). */
export const SUPPORT_TIME_ZONE = 'Asia/Shanghai';

const WORKING_DAY: Schedule['intervals'] = [{start: '08:00', end: '17:30'}];

export const SCHEDULES: readonly Schedule[] = [
  {
    id: '7x24',
    notation: '7×24',
    timeZone: SUPPORT_TIME_ZONE,
    days: [1, 2, 3, 4, 5, 6, 7],
    intervals: [{start: '00:00', end: '24:00'}],
    meaning: {
      'zh-Hans': '全年无休，每天 24 小时',
      en: '24/7, all year round',
    },
    holidays: 'ignored',
  },
  {
    id: '7x8',
    notation: '7×8',
    timeZone: SUPPORT_TIME_ZONE,
    days: [1, 2, 3, 4, 5, 6, 7],
    intervals: WORKING_DAY,
    meaning: {'zh-Hans': '每天（含周末）', en: 'Every day'},
    holidays: 'observed',
  },
  {
    id: '5x8',
    notation: '5×8',
    timeZone: SUPPORT_TIME_ZONE,
    days: [1, 2, 3, 4, 5],
    intervals: WORKING_DAY,
    meaning: {'zh-Hans': '周一至周五', en: 'Weekdays'},
    holidays: 'observed',
  },
  {
    id: '6x8',
    notation: '6×8',
    timeZone: SUPPORT_TIME_ZONE,
    days: [1, 2, 3, 4, 5, 6],
    intervals: WORKING_DAY,
    meaning: {'zh-Hans': '周一至周六', en: 'Monday to Saturday'},
    holidays: 'observed',
  },
];

/** The standard support hours of the support team (ARCHITECTURE.md, "Service hours"). */
export const STANDARD_HOURS = '6x8' satisfies ScheduleId;
