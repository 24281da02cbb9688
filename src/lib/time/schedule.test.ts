/**
 * Unit tests of the schedule maths on FIXTURE schedules shaped like the published
 * notations and a FIXTURE calendar (calendar.fixture.ts), against the contract in
 * ARCHITECTURE.md ("Service hours", "Live status contract", "Holidays and closures"), so
 * they hold whatever the published hours are (src/data/published.test.ts pins those):
 * every schedule is read in Asia/Shanghai (UTC+8, no DST), intervals are half-open
 * (open at 08:00, closed at 17:30), and status depends on the instant only.
 *
 * Calendar used below (China time):
 *   2026-11-23 Mon … 2026-11-27 Fri, 2026-11-28 Sat, 2026-11-29 Sun, 2026-11-30 Mon
 *   2026-12-31 Thu, 2027-01-01 Fri, 2027-12-31 Fri, 2028-02-28 Mon, 2028-02-29 Tue
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {SUPPORT_TIME_ZONE} from '../../data/hours';
import type {Schedule, ScheduleId, WallTime, Weekday} from '../../data/types';
import {FIXTURE_CALENDAR, FIXTURE_LAW_SOURCE, FIXTURE_SOURCE} from '../calendar/calendar.fixture';
import {FIXTURE_SCHEDULES} from './schedule.fixture';
import {calendarFor} from '../calendar/calendar';
import {
  dayPlanAt,
  isAlwaysOpen,
  isOpen,
  nextClosing,
  nextOpening,
  nextOpeningDay,
  NO_EXCEPTIONS,
  wallTimeToMinutes,
  FIXED_UTC_OFFSET_MINUTES,
  VISITOR_CLOCK,
  zonedTime,
  type Exceptions,
} from './schedule';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const ALL_IDS: readonly ScheduleId[] = ['7x24', '7x8', '5x8', '6x8'];
const PART_TIME_IDS: readonly ScheduleId[] = ['7x8', '5x8', '6x8'];

function schedule(id: ScheduleId): Schedule {
  return FIXTURE_SCHEDULES[id];
}

/** The instant at which the China wall clock reads `YYYY-MM-DD HH:MM[:SS[.mmm]]`. */
function cn(wall: string): Date {
  const [date, time] = wall.split(' ');
  const full = time!.length === 5 ? `${time}:00` : time;
  const instant = new Date(`${date}T${full}+08:00`);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(`bad China wall time "${wall}"`);
  }
  return instant;
}

const WEEKDAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `Www YYYY-MM-DD HH:MM` on the wall clock of `timeZone` (readable failure messages). */
function wall(instant: Date | null, timeZone = 'Asia/Shanghai'): string | null {
  if (instant === null) {
    return null;
  }
  const z = zonedTime(instant, timeZone);
  return (
    `${WEEKDAY_NAMES[z.weekday]} ${z.year}-${pad(z.month)}-${pad(z.day)} ` +
    `${pad(Math.floor(z.minuteOfDay / 60))}:${pad(z.minuteOfDay % 60)}`
  );
}

/* ------------------------------------------------------------------------- */
/* An independent oracle, written from ARCHITECTURE.md's table, not the code. */
/* Asia/Shanghai has been a fixed UTC+8 since 1991, so plain arithmetic works. */
/* ------------------------------------------------------------------------- */

const ORACLE_DAYS: Record<ScheduleId, readonly Weekday[]> = {
  '7x24': [1, 2, 3, 4, 5, 6, 7],
  '7x8': [1, 2, 3, 4, 5, 6, 7],
  '5x8': [1, 2, 3, 4, 5],
  '6x8': [1, 2, 3, 4, 5, 6],
};
const OPEN_MINUTE = 8 * 60; // 08:00
const CLOSE_MINUTE = 17 * 60 + 30; // 17:30
const CHINA_OFFSET_MS = 8 * HOUR_MS;

function chinaClock(instant: Date): {midnight: number; weekday: Weekday; minute: number} {
  const shifted = instant.getTime() + CHINA_OFFSET_MS;
  const midnightShifted = Math.floor(shifted / DAY_MS) * DAY_MS;
  const utcDay = new Date(shifted).getUTCDay(); // 0 = Sunday
  return {
    midnight: midnightShifted - CHINA_OFFSET_MS,
    weekday: (((utcDay + 6) % 7) + 1) as Weekday,
    minute: Math.floor((shifted - midnightShifted) / MINUTE_MS),
  };
}

function oracleIsOpen(id: ScheduleId, instant: Date): boolean {
  if (id === '7x24') {
    return true;
  }
  const {weekday, minute} = chinaClock(instant);
  return ORACLE_DAYS[id].includes(weekday) && minute >= OPEN_MINUTE && minute < CLOSE_MINUTE;
}

function oracleNextOpening(id: ScheduleId, instant: Date): Date | null {
  if (oracleIsOpen(id, instant)) {
    return null;
  }
  const {midnight, weekday} = chinaClock(instant);
  for (let offset = 0; offset <= 7; offset += 1) {
    const day = (((weekday - 1 + offset) % 7) + 1) as Weekday;
    const opening = midnight + offset * DAY_MS + OPEN_MINUTE * MINUTE_MS;
    if (ORACLE_DAYS[id].includes(day) && opening > instant.getTime()) {
      return new Date(opening);
    }
  }
  throw new Error('oracle found no opening within a week');
}

function oracleNextClosing(id: ScheduleId, instant: Date): Date | null {
  if (id === '7x24' || !oracleIsOpen(id, instant)) {
    return null;
  }
  return new Date(chinaClock(instant).midnight + CLOSE_MINUTE * MINUTE_MS);
}

/* ------------------------------------------------------------------------- */

describe('wallTimeToMinutes', () => {
  it.each<[string, number]>([
    ['00:00', 0],
    ['00:01', 1],
    ['08:00', 480],
    ['17:29', 1049],
    ['17:30', 1050],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads %s as %i minutes', (time, minutes) => {
    expect(wallTimeToMinutes(time as WallTime)).toBe(minutes);
  });

  it.each([
    '8:00',
    '25:00',
    '12:60',
    '24:01',
    '24:30',
    '99:99',
    '',
    '08:00:00',
    '0800',
    ' 08:00',
    '08:00 ',
    '8:0',
    'ab:cd',
    '-1:00',
    '08.00',
  ])('rejects "%s"', (time) => {
    expect(() => wallTimeToMinutes(time as WallTime)).toThrow(`"${time}"`);
  });

  it('says what is wrong: not HH:MM, or not a time of day', () => {
    expect(() => wallTimeToMinutes('8:00' as WallTime)).toThrow('"8:00" is not a HH:MM time');
    expect(() => wallTimeToMinutes('25:00')).toThrow('"25:00" is not a time of day');
    expect(() => wallTimeToMinutes('12:60')).toThrow('"12:60" is not a time of day');
  });
});

describe('zonedTime', () => {
  it('reads every fixed-offset zone as Intl does, at every hour of 1992–2100', () => {
    // Intl's reading, which the fixed-offset table lets the browser skip.
    const intlParts = (instant: Date, timeZone: string) => intlFormatters(timeZone).format(instant);
    const formatters = new Map<string, Intl.DateTimeFormat>();
    const intlFormatters = (timeZone: string) => {
      const made =
        formatters.get(timeZone) ??
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
        });
      formatters.set(timeZone, made);
      return made;
    };
    const read = (instant: Date, timeZone: string) => {
      const z = zonedTime(instant, timeZone);
      return `${z.month}/${z.day}/${z.year}, ${String(Math.floor(z.minuteOfDay / 60)).padStart(2, '0')}:${String(z.minuteOfDay % 60).padStart(2, '0')}`;
    };
    const zones = Object.keys(FIXED_UTC_OFFSET_MINUTES);
    expect(zones).toContain(SUPPORT_TIME_ZONE);
    const mismatches: string[] = [];
    for (const timeZone of zones) {
      // Every 7 h 13 min: each hour of the day and each weekday comes round many times a year.
      for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2101, 0, 1); t += 433 * MINUTE_MS) {
        const instant = new Date(t);
        if (read(instant, timeZone) !== intlParts(instant, timeZone)) {
          mismatches.push(`${timeZone} ${instant.toISOString()}: ${read(instant, timeZone)} ≠ ${intlParts(instant, timeZone)}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("reads the visitor's clock with Date's local getters", () => {
    const instant = new Date('2026-11-30T00:00:00Z');
    expect(zonedTime(instant, VISITOR_CLOCK)).toEqual({
      year: instant.getFullYear(),
      month: instant.getMonth() + 1,
      day: instant.getDate(),
      weekday: ((instant.getDay() + 6) % 7) + 1,
      minuteOfDay: instant.getHours() * 60 + instant.getMinutes(),
    });
  });

  it('reads the China wall clock of an instant', () => {
    expect(zonedTime(cn('2026-11-27 17:29'), 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 11,
      day: 27,
      weekday: 5,
      minuteOfDay: 17 * 60 + 29,
    });
  });

  it('numbers weekdays the ISO way, 1 = Monday … 7 = Sunday', () => {
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    expect(week.map((day) => zonedTime(cn(`${day} 12:00`), 'Asia/Shanghai').weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads midnight as minute 0 of the new day, never as 24:00 of the old one', () => {
    expect(zonedTime(cn('2027-01-01 00:00'), 'Asia/Shanghai')).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      weekday: 5,
      minuteOfDay: 0,
    });
    expect(zonedTime(cn('2026-12-31 23:59'), 'Asia/Shanghai').minuteOfDay).toBe(1439);
    expect(zonedTime(new Date('2026-11-30T00:00:00Z'), 'Etc/UTC').minuteOfDay).toBe(0);
  });

  it('truncates seconds and milliseconds to the minute', () => {
    expect(zonedTime(cn('2026-11-25 07:59:59.999'), 'Asia/Shanghai').minuteOfDay).toBe(479);
  });

  it('handles fractional-hour and extreme offsets', () => {
    const instant = new Date('2026-11-30T00:00:00Z');
    expect(wall(instant, 'Asia/Kathmandu')).toBe('Mon 2026-11-30 05:45');
    expect(wall(instant, 'Pacific/Kiritimati')).toBe('Mon 2026-11-30 14:00');
    expect(wall(instant, 'Pacific/Honolulu')).toBe('Sun 2026-11-29 14:00');
    expect(wall(instant, 'Etc/UTC')).toBe('Mon 2026-11-30 00:00');
    expect(wall(instant, 'Asia/Shanghai')).toBe('Mon 2026-11-30 08:00');
  });
});

describe('isOpen at every boundary (half-open 08:00–17:30, China time)', () => {
  const WEEK = [
    ['2026-11-23', 1],
    ['2026-11-24', 2],
    ['2026-11-25', 3],
    ['2026-11-26', 4],
    ['2026-11-27', 5],
    ['2026-11-28', 6],
    ['2026-11-29', 7],
  ] as const;

  describe.each(PART_TIME_IDS)('%s', (id) => {
    const openDays = WEEK.filter(([, weekday]) => ORACLE_DAYS[id].includes(weekday));
    const closedDays = WEEK.filter(([, weekday]) => !ORACLE_DAYS[id].includes(weekday));

    it.each(openDays)('on %s (weekday %i): 07:59 closed, 08:00 open, 17:29 open, 17:30 closed', (day) => {
      expect(isOpen(schedule(id), cn(`${day} 07:59`), NO_EXCEPTIONS)).toBe(false);
      expect(isOpen(schedule(id), cn(`${day} 08:00`), NO_EXCEPTIONS)).toBe(true);
      expect(isOpen(schedule(id), cn(`${day} 17:29`), NO_EXCEPTIONS)).toBe(true);
      expect(isOpen(schedule(id), cn(`${day} 17:30`), NO_EXCEPTIONS)).toBe(false);
    });

    it.each(openDays)('on %s (weekday %i): the boundaries hold to the millisecond', (day) => {
      expect(isOpen(schedule(id), cn(`${day} 07:59:59.999`), NO_EXCEPTIONS)).toBe(false);
      expect(isOpen(schedule(id), cn(`${day} 08:00:00.000`), NO_EXCEPTIONS)).toBe(true);
      expect(isOpen(schedule(id), cn(`${day} 17:29:59.999`), NO_EXCEPTIONS)).toBe(true);
      expect(isOpen(schedule(id), cn(`${day} 17:30:00.000`), NO_EXCEPTIONS)).toBe(false);
      expect(isOpen(schedule(id), cn(`${day} 00:00`), NO_EXCEPTIONS)).toBe(false);
      expect(isOpen(schedule(id), cn(`${day} 12:00`), NO_EXCEPTIONS)).toBe(true);
      expect(isOpen(schedule(id), cn(`${day} 23:59`), NO_EXCEPTIONS)).toBe(false);
    });

    if (closedDays.length > 0) {
      it.each(closedDays)('on %s (weekday %i): closed all day, boundaries included', (day) => {
        for (const time of ['00:00', '07:59', '08:00', '10:00', '12:00', '17:29', '17:30', '23:59']) {
          expect(isOpen(schedule(id), cn(`${day} ${time}`), NO_EXCEPTIONS), `${day} ${time}`).toBe(false);
        }
      });
    }
  });

  describe('7x24', () => {
    it.each(WEEK)('is open all of %s (weekday %i), midnight included', (day) => {
      for (const time of ['00:00', '00:01', '07:59', '08:00', '12:00', '17:29', '17:30', '23:59', '23:59:59.999']) {
        expect(isOpen(schedule('7x24'), cn(`${day} ${time}`), NO_EXCEPTIONS), `${day} ${time}`).toBe(true);
      }
    });

    it('is open at the midnight that ends a year', () => {
      expect(isOpen(schedule('7x24'), cn('2026-12-31 23:59'), NO_EXCEPTIONS)).toBe(true);
      expect(isOpen(schedule('7x24'), cn('2027-01-01 00:00'), NO_EXCEPTIONS)).toBe(true);
      expect(isOpen(schedule('7x24'), new Date('2027-01-01T00:00:00Z'), NO_EXCEPTIONS)).toBe(true);
    });
  });
});

describe('5×8 around the weekend', () => {
  const fiveByEight = schedule('5x8');

  it('Friday → Saturday: open at Fri 17:29, closed from Fri 17:30, closed Sat 10:00', () => {
    expect(isOpen(fiveByEight, cn('2026-11-27 17:29'), NO_EXCEPTIONS)).toBe(true);
    expect(isOpen(fiveByEight, cn('2026-11-27 17:30'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-27 23:59'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-28 00:00'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-28 08:00'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-28 10:00'), NO_EXCEPTIONS)).toBe(false);
  });

  it('Saturday → Sunday: closed on both sides of midnight and all Sunday', () => {
    expect(isOpen(fiveByEight, cn('2026-11-28 23:59'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-29 00:00'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-29 10:00'), NO_EXCEPTIONS)).toBe(false);
  });

  it('Sunday → Monday: closed at Sun 23:59 and Mon 00:00–07:59, open at Mon 08:00', () => {
    expect(isOpen(fiveByEight, cn('2026-11-29 23:59'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-30 00:00'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-30 07:59'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, cn('2026-11-30 08:00'), NO_EXCEPTIONS)).toBe(true);
  });

  it.each([
    '2026-11-27 17:30',
    '2026-11-27 17:30:00.001',
    '2026-11-27 20:00',
    '2026-11-27 23:59',
    '2026-11-28 00:00',
    '2026-11-28 10:00',
    '2026-11-28 23:59',
    '2026-11-29 00:00',
    '2026-11-29 10:00',
    '2026-11-29 23:59',
    '2026-11-30 00:00',
    '2026-11-30 07:59',
    '2026-11-30 07:59:59.999',
  ])('from %s (China) the next opening is Monday 08:00 China time', (from) => {
    const opening = nextOpening(fiveByEight, cn(from), NO_EXCEPTIONS);
    expect(wall(opening)).toBe('Mon 2026-11-30 08:00');
    expect(opening?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('from Friday evening, nextClosing is null and the state flips exactly at Monday 08:00', () => {
    const fridayEvening = cn('2026-11-27 19:00');
    expect(nextClosing(fiveByEight, fridayEvening, NO_EXCEPTIONS)).toBeNull();
    const opening = nextOpening(fiveByEight, fridayEvening, NO_EXCEPTIONS)!;
    expect(isOpen(fiveByEight, new Date(opening.getTime() - 1), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(fiveByEight, opening, NO_EXCEPTIONS)).toBe(true);
  });
});

describe('6×8, the standard hours: open Saturday, closed Sunday', () => {
  const sixByEight = schedule('6x8');

  it('is open on Saturday 08:00–17:29 and closed outside it', () => {
    expect(isOpen(sixByEight, cn('2026-11-28 07:59'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(sixByEight, cn('2026-11-28 08:00'), NO_EXCEPTIONS)).toBe(true);
    expect(isOpen(sixByEight, cn('2026-11-28 10:00'), NO_EXCEPTIONS)).toBe(true);
    expect(isOpen(sixByEight, cn('2026-11-28 17:29'), NO_EXCEPTIONS)).toBe(true);
    expect(isOpen(sixByEight, cn('2026-11-28 17:30'), NO_EXCEPTIONS)).toBe(false);
  });

  it('is closed all Sunday', () => {
    for (const time of ['00:00', '08:00', '10:00', '12:00', '17:29', '23:59']) {
      expect(isOpen(sixByEight, cn(`2026-11-29 ${time}`), NO_EXCEPTIONS), time).toBe(false);
    }
  });

  it('closes Saturday at 17:30 and, from then, opens next on Monday 08:00', () => {
    expect(wall(nextClosing(sixByEight, cn('2026-11-28 10:00'), NO_EXCEPTIONS))).toBe('Sat 2026-11-28 17:30');
    expect(wall(nextOpening(sixByEight, cn('2026-11-28 17:30'), NO_EXCEPTIONS))).toBe('Mon 2026-11-30 08:00');
    expect(wall(nextOpening(sixByEight, cn('2026-11-29 10:00'), NO_EXCEPTIONS))).toBe('Mon 2026-11-30 08:00');
  });

  it('opens Saturday 08:00 after Friday evening, where 5×8 waits for Monday', () => {
    expect(wall(nextOpening(sixByEight, cn('2026-11-27 17:30'), NO_EXCEPTIONS))).toBe('Sat 2026-11-28 08:00');
    expect(wall(nextOpening(schedule('5x8'), cn('2026-11-27 17:30'), NO_EXCEPTIONS))).toBe('Mon 2026-11-30 08:00');
    expect(wall(nextOpening(schedule('7x8'), cn('2026-11-28 17:30'), NO_EXCEPTIONS))).toBe('Sun 2026-11-29 08:00');
  });
});

describe('midnight, month end and year end', () => {
  it.each(PART_TIME_IDS)('%s: closed at 23:59 and at 00:00 on a weekday night', (id) => {
    expect(isOpen(schedule(id), cn('2026-11-25 23:59'), NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(schedule(id), cn('2026-11-26 00:00'), NO_EXCEPTIONS)).toBe(false);
    // 23:59 waits for tomorrow's opening, 00:00 for today's: the same instant.
    expect(wall(nextOpening(schedule(id), cn('2026-11-25 23:59'), NO_EXCEPTIONS))).toBe('Thu 2026-11-26 08:00');
    expect(wall(nextOpening(schedule(id), cn('2026-11-26 00:00'), NO_EXCEPTIONS))).toBe('Thu 2026-11-26 08:00');
    expect(nextClosing(schedule(id), cn('2026-11-25 23:59'), NO_EXCEPTIONS)).toBeNull();
  });

  it('7x24: open at 23:59 and at 00:00, with no next opening or closing either side', () => {
    for (const at of ['2026-11-25 23:59', '2026-11-26 00:00']) {
      expect(isOpen(schedule('7x24'), cn(at), NO_EXCEPTIONS)).toBe(true);
      expect(nextOpening(schedule('7x24'), cn(at), NO_EXCEPTIONS)).toBeNull();
      expect(nextClosing(schedule('7x24'), cn(at), NO_EXCEPTIONS)).toBeNull();
    }
  });

  it.each<[ScheduleId, string, string]>([
    // month ends
    ['7x8', '2026-11-30 18:00', 'Tue 2026-12-01 08:00'],
    ['5x8', '2026-11-30 18:00', 'Tue 2026-12-01 08:00'],
    ['6x8', '2026-11-30 18:00', 'Tue 2026-12-01 08:00'],
    ['5x8', '2026-07-31 18:00', 'Mon 2026-08-03 08:00'], // Friday 31st → Monday 3rd
    ['7x8', '2027-02-28 18:00', 'Mon 2027-03-01 08:00'],
    ['7x8', '2028-02-28 18:00', 'Tue 2028-02-29 08:00'], // leap year
    ['7x8', '2028-02-29 18:00', 'Wed 2028-03-01 08:00'],
    // year ends
    ['7x8', '2026-12-31 18:00', 'Fri 2027-01-01 08:00'],
    ['5x8', '2026-12-31 18:00', 'Fri 2027-01-01 08:00'],
    ['6x8', '2026-12-31 18:00', 'Fri 2027-01-01 08:00'],
    ['7x8', '2026-12-31 23:59', 'Fri 2027-01-01 08:00'],
    ['7x8', '2027-01-01 00:00', 'Fri 2027-01-01 08:00'],
    ['5x8', '2027-12-31 17:30', 'Mon 2028-01-03 08:00'], // year end and a weekend
    ['6x8', '2027-12-31 17:30', 'Sat 2028-01-01 08:00'],
    ['6x8', '2028-01-01 17:30', 'Mon 2028-01-03 08:00'],
  ])('%s from %s (China) opens next at %s', (id, from, expected) => {
    expect(isOpen(schedule(id), cn(from), NO_EXCEPTIONS)).toBe(false);
    expect(wall(nextOpening(schedule(id), cn(from), NO_EXCEPTIONS))).toBe(expected);
  });

  it('2026-12-31 18:00 China → 2027-01-01 08:00 China is the exact instant 2027-01-01T00:00Z', () => {
    expect(nextOpening(schedule('7x8'), new Date('2026-12-31T18:00:00+08:00'), NO_EXCEPTIONS)).toEqual(
      new Date('2027-01-01T08:00:00+08:00'),
    );
    expect(nextOpening(schedule('7x8'), cn('2026-12-31 18:00'), NO_EXCEPTIONS)?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('crosses the year in China while UTC is still in the old year', () => {
    // 2027-01-01 07:00 China is 2026-12-31 23:00 UTC.
    const instant = new Date('2026-12-31T23:00:00Z');
    expect(wall(instant)).toBe('Fri 2027-01-01 07:00');
    expect(isOpen(schedule('7x8'), instant, NO_EXCEPTIONS)).toBe(false);
    expect(nextOpening(schedule('7x8'), instant, NO_EXCEPTIONS)?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('nextOpening and nextClosing', () => {
  it.each(PART_TIME_IDS)('%s: nextOpening is null whenever the schedule is open', (id) => {
    for (const at of ['2026-11-25 08:00', '2026-11-25 12:00', '2026-11-25 17:29', '2026-11-25 17:29:59.999']) {
      expect(isOpen(schedule(id), cn(at), NO_EXCEPTIONS)).toBe(true);
      expect(nextOpening(schedule(id), cn(at), NO_EXCEPTIONS), at).toBeNull();
    }
  });

  it.each(PART_TIME_IDS)('%s: nextClosing is 17:30 the same China day whenever it is open', (id) => {
    for (const at of ['2026-11-25 08:00', '2026-11-25 12:00', '2026-11-25 17:29', '2026-11-25 17:29:59.999']) {
      const closing = nextClosing(schedule(id), cn(at), NO_EXCEPTIONS);
      expect(wall(closing), at).toBe('Wed 2026-11-25 17:30');
      expect(closing?.toISOString()).toBe('2026-11-25T09:30:00.000Z');
    }
  });

  it.each(PART_TIME_IDS)('%s: nextClosing is null whenever the schedule is closed', (id) => {
    for (const at of ['2026-11-25 00:00', '2026-11-25 07:59', '2026-11-25 17:30', '2026-11-25 23:59']) {
      expect(nextClosing(schedule(id), cn(at), NO_EXCEPTIONS), at).toBeNull();
    }
  });

  it('a closing is strictly after the instant: at 17:30 itself the schedule is already closed', () => {
    expect(nextClosing(schedule('7x8'), cn('2026-11-25 17:30'), NO_EXCEPTIONS)).toBeNull();
    expect(wall(nextOpening(schedule('7x8'), cn('2026-11-25 17:30'), NO_EXCEPTIONS))).toBe('Thu 2026-11-26 08:00');
  });

  it('an opening is strictly after the instant: one millisecond before 08:00 opens at 08:00', () => {
    expect(nextOpening(schedule('7x8'), cn('2026-11-25 07:59:59.999'), NO_EXCEPTIONS)).toEqual(cn('2026-11-25 08:00'));
    expect(nextClosing(schedule('7x8'), cn('2026-11-25 17:29:59.999'), NO_EXCEPTIONS)).toEqual(cn('2026-11-25 17:30'));
  });

  it('5×8 open on Friday closes at Friday 17:30; 7×8 open on Sunday closes at Sunday 17:30', () => {
    expect(wall(nextClosing(schedule('5x8'), cn('2026-11-27 17:29'), NO_EXCEPTIONS))).toBe('Fri 2026-11-27 17:30');
    expect(wall(nextClosing(schedule('7x8'), cn('2026-11-29 08:00'), NO_EXCEPTIONS))).toBe('Sun 2026-11-29 17:30');
  });

  it('7×24 never closes and never waits: both are null at any instant', () => {
    for (const at of ['2026-11-25 00:00', '2026-11-27 17:30', '2026-11-28 10:00', '2026-12-31 23:59', '2027-01-01 00:00']) {
      expect(nextClosing(schedule('7x24'), cn(at), NO_EXCEPTIONS), at).toBeNull();
      expect(nextOpening(schedule('7x24'), cn(at), NO_EXCEPTIONS), at).toBeNull();
    }
  });
});

describe('isAlwaysOpen', () => {
  it('is true for 7×24 only', () => {
    expect(Object.fromEntries(Object.values(FIXTURE_SCHEDULES).map((s) => [s.id, isAlwaysOpen(s)]))).toEqual({
      '7x24': true,
      '7x8': false,
      '5x8': false,
      '6x8': false,
    });
  });

  it('is false for a schedule that is all day but not every day, or every day but not all day', () => {
    const base = schedule('7x24');
    expect(isAlwaysOpen({...base, days: [1, 2, 3, 4, 5, 6]})).toBe(false);
    expect(isAlwaysOpen({...base, intervals: [{start: '00:00', end: '23:59'}]})).toBe(false);
    expect(isAlwaysOpen({...base, intervals: [{start: '00:01', end: '24:00'}]})).toBe(false);
  });
});

/* ------------------------------------------------------------------------- */
/* Status depends on the instant only, never on the visitor's time zone.      */
/* ------------------------------------------------------------------------- */

type VisitorZone = 'Pacific/Honolulu' | 'Etc/UTC' | 'Asia/Kathmandu' | 'Pacific/Kiritimati';

const VISITOR_ZONES: readonly {zone: VisitorZone; label: string; getTimezoneOffset: number}[] = [
  {zone: 'Pacific/Honolulu', label: 'UTC−10', getTimezoneOffset: 600},
  {zone: 'Etc/UTC', label: 'UTC', getTimezoneOffset: 0},
  {zone: 'Asia/Kathmandu', label: 'UTC+5:45', getTimezoneOffset: -345},
  {zone: 'Pacific/Kiritimati', label: 'UTC+14', getTimezoneOffset: -840},
];

interface Case {
  /** The China wall clock of the instant. */
  china: string;
  /** The same instant as each visitor writes it: their own wall clock and offset. */
  seenBy: Record<VisitorZone, string>;
  open: Record<ScheduleId, boolean>;
  /** China wall clock of the next opening, for the schedules that are closed. */
  opens: Partial<Record<ScheduleId, string>>;
  /** China wall clock of the next closing, for the part-time schedules that are open. */
  closes: Partial<Record<ScheduleId, string>>;
}

const CASES: readonly Case[] = [
  {
    china: '2026-11-27 17:29', // Friday, last open minute
    seenBy: {
      'Pacific/Honolulu': '2026-11-26T23:29:00-10:00', // still Thursday night
      'Etc/UTC': '2026-11-27T09:29:00Z',
      'Asia/Kathmandu': '2026-11-27T15:14:00+05:45',
      'Pacific/Kiritimati': '2026-11-27T23:29:00+14:00',
    },
    open: {'7x24': true, '7x8': true, '5x8': true, '6x8': true},
    opens: {},
    closes: {'7x8': 'Fri 2026-11-27 17:30', '5x8': 'Fri 2026-11-27 17:30', '6x8': 'Fri 2026-11-27 17:30'},
  },
  {
    china: '2026-11-27 17:30', // Friday, first closed minute
    seenBy: {
      'Pacific/Honolulu': '2026-11-26T23:30:00-10:00',
      'Etc/UTC': '2026-11-27T09:30:00Z',
      'Asia/Kathmandu': '2026-11-27T15:15:00+05:45',
      'Pacific/Kiritimati': '2026-11-27T23:30:00+14:00',
    },
    open: {'7x24': true, '7x8': false, '5x8': false, '6x8': false},
    opens: {'7x8': 'Sat 2026-11-28 08:00', '5x8': 'Mon 2026-11-30 08:00', '6x8': 'Sat 2026-11-28 08:00'},
    closes: {},
  },
  {
    china: '2026-11-28 10:00', // Saturday morning
    seenBy: {
      'Pacific/Honolulu': '2026-11-27T16:00:00-10:00', // Friday afternoon for the visitor
      'Etc/UTC': '2026-11-28T02:00:00Z',
      'Asia/Kathmandu': '2026-11-28T07:45:00+05:45',
      'Pacific/Kiritimati': '2026-11-28T16:00:00+14:00',
    },
    open: {'7x24': true, '7x8': true, '5x8': false, '6x8': true},
    opens: {'5x8': 'Mon 2026-11-30 08:00'},
    closes: {'7x8': 'Sat 2026-11-28 17:30', '6x8': 'Sat 2026-11-28 17:30'},
  },
  {
    china: '2026-11-29 10:00', // Sunday morning
    seenBy: {
      'Pacific/Honolulu': '2026-11-28T16:00:00-10:00',
      'Etc/UTC': '2026-11-29T02:00:00Z',
      'Asia/Kathmandu': '2026-11-29T07:45:00+05:45',
      'Pacific/Kiritimati': '2026-11-29T16:00:00+14:00',
    },
    open: {'7x24': true, '7x8': true, '5x8': false, '6x8': false},
    opens: {'5x8': 'Mon 2026-11-30 08:00', '6x8': 'Mon 2026-11-30 08:00'},
    closes: {'7x8': 'Sun 2026-11-29 17:30'},
  },
  {
    china: '2026-11-30 07:59', // Monday, one minute before opening
    seenBy: {
      'Pacific/Honolulu': '2026-11-29T13:59:00-10:00', // Sunday
      'Etc/UTC': '2026-11-29T23:59:00Z', // Sunday
      'Asia/Kathmandu': '2026-11-30T05:44:00+05:45',
      'Pacific/Kiritimati': '2026-11-30T13:59:00+14:00',
    },
    open: {'7x24': true, '7x8': false, '5x8': false, '6x8': false},
    opens: {'7x8': 'Mon 2026-11-30 08:00', '5x8': 'Mon 2026-11-30 08:00', '6x8': 'Mon 2026-11-30 08:00'},
    closes: {},
  },
  {
    china: '2026-11-30 08:00', // Monday opening
    seenBy: {
      'Pacific/Honolulu': '2026-11-29T14:00:00-10:00', // Sunday afternoon
      'Etc/UTC': '2026-11-30T00:00:00Z', // Monday midnight
      'Asia/Kathmandu': '2026-11-30T05:45:00+05:45',
      'Pacific/Kiritimati': '2026-11-30T14:00:00+14:00', // Monday afternoon
    },
    open: {'7x24': true, '7x8': true, '5x8': true, '6x8': true},
    opens: {},
    closes: {'7x8': 'Mon 2026-11-30 17:30', '5x8': 'Mon 2026-11-30 17:30', '6x8': 'Mon 2026-11-30 17:30'},
  },
  {
    china: '2026-12-31 23:59', // the last minute of the year in China
    seenBy: {
      'Pacific/Honolulu': '2026-12-31T05:59:00-10:00',
      'Etc/UTC': '2026-12-31T15:59:00Z',
      'Asia/Kathmandu': '2026-12-31T21:44:00+05:45',
      'Pacific/Kiritimati': '2027-01-01T05:59:00+14:00', // already the new year
    },
    open: {'7x24': true, '7x8': false, '5x8': false, '6x8': false},
    opens: {'7x8': 'Fri 2027-01-01 08:00', '5x8': 'Fri 2027-01-01 08:00', '6x8': 'Fri 2027-01-01 08:00'},
    closes: {},
  },
  {
    china: '2027-01-01 00:00', // China midnight of the new year
    seenBy: {
      'Pacific/Honolulu': '2026-12-31T06:00:00-10:00',
      'Etc/UTC': '2026-12-31T16:00:00Z',
      'Asia/Kathmandu': '2026-12-31T21:45:00+05:45',
      'Pacific/Kiritimati': '2027-01-01T06:00:00+14:00',
    },
    open: {'7x24': true, '7x8': false, '5x8': false, '6x8': false},
    opens: {'7x8': 'Fri 2027-01-01 08:00', '5x8': 'Fri 2027-01-01 08:00', '6x8': 'Fri 2027-01-01 08:00'},
    closes: {},
  },
];

/** The visitor's own wall clock, read from the ISO string they would write. */
function visitorWall(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)!;
  const [, y, mo, d, h, mi] = match;
  const weekday = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  return `${WEEKDAY_NAMES[((weekday + 6) % 7) + 1]} ${y}-${mo}-${d} ${h}:${mi}`;
}

function expectStatus(instant: Date, c: Case): void {
  for (const id of ALL_IDS) {
    const s = schedule(id);
    expect(isOpen(s, instant, NO_EXCEPTIONS), `${id} isOpen`).toBe(c.open[id]);
    expect(wall(nextOpening(s, instant, NO_EXCEPTIONS)), `${id} nextOpening`).toBe(c.opens[id] ?? null);
    expect(wall(nextClosing(s, instant, NO_EXCEPTIONS)), `${id} nextClosing`).toBe(c.closes[id] ?? null);
  }
}

describe('status depends on the instant only (visitor zones as ISO offsets)', () => {
  it('the cases agree with the independent oracle', () => {
    for (const c of CASES) {
      const instant = cn(c.china);
      for (const id of ALL_IDS) {
        expect(oracleIsOpen(id, instant), `${c.china} ${id}`).toBe(c.open[id]);
        expect(wall(oracleNextOpening(id, instant)), `${c.china} ${id}`).toBe(c.opens[id] ?? null);
        expect(wall(oracleNextClosing(id, instant)), `${c.china} ${id}`).toBe(c.closes[id] ?? null);
      }
    }
  });

  describe.each(CASES)('$china China time', (c) => {
    it('gives the documented status for the China-time instant', () => {
      expectStatus(cn(c.china), c);
    });

    it.each(VISITOR_ZONES)('gives the same status when a visitor in $zone ($label) writes the instant', ({zone}) => {
      const seen = new Date(c.seenBy[zone]);
      expect(seen.getTime()).toBe(cn(c.china).getTime());
      // Their wall clock is not China's…
      expect(wall(seen, zone)).toBe(visitorWall(c.seenBy[zone]));
      expect(wall(seen, zone)).not.toBe(wall(seen));
      // …but the status is.
      expectStatus(seen, c);
    });
  });

  it('Monday 08:00 China: Honolulu sees Sunday, Kiritimati Monday, same 14:00 — and all see 5×8 open', () => {
    const instant = new Date('2026-11-30T14:00:00+14:00');
    expect(new Date('2026-11-29T14:00:00-10:00').getTime()).toBe(instant.getTime());
    const honolulu = zonedTime(instant, 'Pacific/Honolulu');
    const kiritimati = zonedTime(instant, 'Pacific/Kiritimati');
    expect(honolulu.weekday).toBe(7);
    expect(kiritimati.weekday).toBe(1);
    expect(honolulu.minuteOfDay).toBe(kiritimati.minuteOfDay);
    expect(zonedTime(instant, 'Asia/Shanghai')).toMatchObject({weekday: 1, minuteOfDay: 8 * 60});
    expect(isOpen(schedule('5x8'), instant, NO_EXCEPTIONS)).toBe(true);
  });

  it('Saturday 10:00 China is Friday 16:00 in Honolulu — a local working hour, yet 5×8 is closed', () => {
    const instant = new Date('2026-11-27T16:00:00-10:00');
    expect(wall(instant, 'Pacific/Honolulu')).toBe('Fri 2026-11-27 16:00');
    expect(wall(instant)).toBe('Sat 2026-11-28 10:00');
    expect(isOpen(schedule('5x8'), instant, NO_EXCEPTIONS)).toBe(false);
    expect(isOpen(schedule('6x8'), instant, NO_EXCEPTIONS)).toBe(true);
  });

  it('a far zone with a 45-minute offset: 2026-11-27 14:15 in Kathmandu is Friday 16:30 China time, open for all', () => {
    const instant = new Date('2026-11-27T14:15:00+05:45');
    expect(instant.getTime()).toBe(cn('2026-11-27 16:30').getTime());
    expect(wall(instant, 'Asia/Kathmandu')).toBe('Fri 2026-11-27 14:15');
    for (const id of ALL_IDS) {
      expect(isOpen(schedule(id), instant, NO_EXCEPTIONS), id).toBe(true);
    }
  });
});

/** Runs the enclosing describe block with the process, and so `Date`'s local calendar, in `zone`. */
function runProcessIn(zone: string): void {
  const originalTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (originalTz === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = originalTz;
    }
  });
}

describe.each(VISITOR_ZONES)('status with the process running in $zone ($label)', ({zone, getTimezoneOffset}) => {
  runProcessIn(zone);

  it('really runs in that zone', () => {
    const probe = new Date('2026-11-27T09:29:00Z');
    expect(probe.getTimezoneOffset()).toBe(getTimezoneOffset);
    // The process-local calendar (what a browser shows) is the zone's own wall clock.
    const local = zonedTime(probe, zone);
    expect([probe.getFullYear(), probe.getMonth() + 1, probe.getDate(), probe.getHours() * 60 + probe.getMinutes()]).toEqual([
      local.year,
      local.month,
      local.day,
      local.minuteOfDay,
    ]);
  });

  it.each(CASES)('$china China time: same status, also for a Date built from the local wall clock', (c) => {
    const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(c.seenBy[zone])!;
    // What a browser in that zone builds from its own clock.
    const local = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
    expect(local.getTime()).toBe(cn(c.china).getTime());
    expectStatus(local, c);
    expectStatus(cn(c.china), c);
  });
});

describe.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe'])("the visitor's clock in %s", (zone) => {
  runProcessIn(zone);

  it("is the zone's wall clock (Intl's reading), every 61 minutes through 2026, daylight saving changes included", () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 61 * MINUTE_MS) {
      const instant = new Date(t);
      const visitor = JSON.stringify(zonedTime(instant, VISITOR_CLOCK));
      const intl = JSON.stringify(zonedTime(instant, zone));
      if (visitor !== intl) {
        mismatches.push(`${instant.toISOString()}: ${visitor} ≠ ${intl}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

/* ------------------------------------------------------------------------- */
/* A sweep against the oracle: two weeks over the year end, at odd offsets.   */
/* ------------------------------------------------------------------------- */

describe('agreement with the oracle over two weeks spanning the year end', () => {
  const start = cn('2026-12-24 00:00').getTime();
  const end = cn('2027-01-08 00:00').getTime();

  // 17 min 13.5 s: lands on every minute of the day eventually, and off the minute.
  const STEP_MS = 17 * MINUTE_MS + 13_500;
  const samples: Date[] = [];
  for (let t = start; t < end; t += STEP_MS) {
    samples.push(new Date(t));
  }
  // Plus every boundary minute of every day, and the millisecond either side.
  for (let day = start; day < end; day += DAY_MS) {
    for (const minute of [0, 479, 480, 1049, 1050, 1439]) {
      const t = day + minute * MINUTE_MS;
      samples.push(new Date(t - 1), new Date(t), new Date(t + 1));
    }
  }

  it.each(ALL_IDS)('%s: isOpen, nextOpening and nextClosing match at every sample', (id) => {
    const s = schedule(id);
    for (const instant of samples) {
      const at = `${instant.toISOString()} (${wall(instant)} China)`;
      const open = isOpen(s, instant, NO_EXCEPTIONS);
      expect(open, `isOpen ${at}`).toBe(oracleIsOpen(id, instant));
      const opening = nextOpening(s, instant, NO_EXCEPTIONS);
      const closing = nextClosing(s, instant, NO_EXCEPTIONS);
      expect(opening?.getTime() ?? null, `nextOpening ${at}`).toBe(oracleNextOpening(id, instant)?.getTime() ?? null);
      expect(closing?.getTime() ?? null, `nextClosing ${at}`).toBe(oracleNextClosing(id, instant)?.getTime() ?? null);
      // Each change is a real edge: the state differs just before and at it.
      if (opening) {
        expect(isOpen(s, new Date(opening.getTime() - 1), NO_EXCEPTIONS), `before opening ${at}`).toBe(false);
        expect(isOpen(s, opening, NO_EXCEPTIONS), `at opening ${at}`).toBe(true);
      }
      if (closing) {
        expect(isOpen(s, new Date(closing.getTime() - 1), NO_EXCEPTIONS), `before closing ${at}`).toBe(true);
        expect(isOpen(s, closing, NO_EXCEPTIONS), `at closing ${at}`).toBe(false);
      }
    }
  });
});

/* ------------------------------------------------------------------------- */
/* The maths is general: other zones, DST, several intervals a day.           */
/* ------------------------------------------------------------------------- */

describe('schedules beyond the shipped data', () => {
  const berlinWeekdays: Schedule = {
    id: '5x8',
    notation: 'test',
    timeZone: 'Europe/Berlin',
    days: [1, 2, 3, 4, 5],
    intervals: [{start: '08:00', end: '17:30'}],
    meaning: {'zh-Hans': '测试', en: 'test'},
    holidays: 'ignored',
  };

  it('finds the next opening across a daylight-saving change (Berlin, spring 2026)', () => {
    // Friday 2026-03-27 18:00 CET (UTC+1) → Monday 2026-03-30 08:00 CEST (UTC+2).
    const opening = nextOpening(berlinWeekdays, new Date('2026-03-27T18:00:00+01:00'), NO_EXCEPTIONS);
    expect(opening?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(wall(opening, 'Europe/Berlin')).toBe('Mon 2026-03-30 08:00');
  });

  it('places a wall time right after the spring-forward instant on the right side of it', () => {
    // 2026-03-29, Berlin: CET (UTC+1) until 01:00 UTC, then CEST. 01:30 that night is
    // still CET, i.e. 00:30 UTC — a one-pass offset guess taken at 01:30 UTC says CEST.
    const night: Schedule = {...berlinWeekdays, days: [1, 2, 3, 4, 5, 6, 7], intervals: [{start: '01:30', end: '05:00'}]};
    const opening = nextOpening(night, new Date('2026-03-28T12:00:00+01:00'), NO_EXCEPTIONS);
    expect(opening?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(wall(opening, 'Europe/Berlin')).toBe('Sun 2026-03-29 01:30');
  });

  it('finds the next closing across a daylight-saving change (Berlin, autumn 2026)', () => {
    const everyDay: Schedule = {...berlinWeekdays, days: [1, 2, 3, 4, 5, 6, 7], intervals: [{start: '00:00', end: '03:00'}]};
    // Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET; the day's 03:00 CET is 02:00 UTC.
    const closing = nextClosing(everyDay, new Date('2026-10-25T00:30:00+02:00'), NO_EXCEPTIONS);
    expect(closing?.toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('handles a lunch break: two intervals a day', () => {
    const lunchBreak: Schedule = {
      ...berlinWeekdays,
      timeZone: 'Asia/Shanghai',
      intervals: [
        {start: '08:00', end: '12:00'},
        {start: '13:30', end: '17:30'},
      ],
    };
    expect(isOpen(lunchBreak, cn('2026-11-25 11:59'), NO_EXCEPTIONS)).toBe(true);
    expect(isOpen(lunchBreak, cn('2026-11-25 12:00'), NO_EXCEPTIONS)).toBe(false);
    expect(wall(nextClosing(lunchBreak, cn('2026-11-25 09:00'), NO_EXCEPTIONS))).toBe('Wed 2026-11-25 12:00');
    expect(wall(nextOpening(lunchBreak, cn('2026-11-25 12:00'), NO_EXCEPTIONS))).toBe('Wed 2026-11-25 13:30');
    expect(wall(nextClosing(lunchBreak, cn('2026-11-25 13:30'), NO_EXCEPTIONS))).toBe('Wed 2026-11-25 17:30');
  });

  it('treats …–24:00 followed by 00:00–… as one stretch, closing when the run of days ends', () => {
    const weekdaysAllDay: Schedule = {
      ...berlinWeekdays,
      timeZone: 'Asia/Shanghai',
      intervals: [{start: '00:00', end: '24:00'}],
    };
    expect(isAlwaysOpen(weekdaysAllDay)).toBe(false);
    expect(wall(nextClosing(weekdaysAllDay, cn('2026-11-23 10:00'), NO_EXCEPTIONS))).toBe('Sat 2026-11-28 00:00');
    expect(wall(nextOpening(weekdaysAllDay, cn('2026-11-28 10:00'), NO_EXCEPTIONS))).toBe('Mon 2026-11-30 00:00');
  });

  it('returns null for a schedule that never opens', () => {
    const never: Schedule = {...berlinWeekdays, days: []};
    expect(isOpen(never, cn('2026-11-25 10:00'), NO_EXCEPTIONS)).toBe(false);
    expect(nextOpening(never, cn('2026-11-25 10:00'), NO_EXCEPTIONS)).toBeNull();
  });

  it('finds a once-a-week opening a full week ahead', () => {
    const mondays: Schedule = {...berlinWeekdays, timeZone: 'Asia/Shanghai', days: [1]};
    expect(wall(nextOpening(mondays, cn('2026-11-23 17:30'), NO_EXCEPTIONS))).toBe('Mon 2026-11-30 08:00');
  });
});

/* ------------------------------------------------------------------------- */
/* Holidays, make-up working days and closures, on the fixture calendar.      */
/* ------------------------------------------------------------------------- */

const WITH_CALENDAR: Exceptions = {calendar: FIXTURE_CALENDAR, closures: []};

function exceptionsWith(...ids: string[]): Exceptions {
  const closures = FIXTURE_SOURCE.closures.filter((closure) => ids.includes(closure.id));
  return {calendar: FIXTURE_CALENDAR, closures: calendarFor({...FIXTURE_SOURCE, closures}, 'en').closures};
}

/** The holiday table of ARCHITECTURE.md ("Holidays and closures"), from the fixture's lists rather than the code. */
function oracleWithCalendar(id: ScheduleId, instant: Date): boolean {
  if (id === '7x24') {
    return true;
  }
  const {minute} = chinaClock(instant);
  const date = new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  const listed = (ranges: typeof FIXTURE_CALENDAR.holidays) => ranges.some((range) => date >= range.from && date <= range.to);
  if (listed(FIXTURE_CALENDAR.holidays)) {
    return false;
  }
  if (listed(FIXTURE_CALENDAR.workdays)) {
    return minute >= OPEN_MINUTE && minute < CLOSE_MINUTE;
  }
  return oracleIsOpen(id, instant);
}

describe('statutory holidays and make-up working days (fixture calendar)', () => {
  it.each(PART_TIME_IDS)('%s: closed in the middle of a nine-day Spring Festival, named', (id) => {
    const instant = cn('2030-02-05 10:00'); // a Tuesday
    expect(isOpen(schedule(id), instant, WITH_CALENDAR)).toBe(false);
    const plan = dayPlanAt(schedule(id), instant, WITH_CALENDAR);
    expect(plan.reason).toBe('holiday');
    expect(plan.name).toBe('Spring Festival');
    expect(wall(nextOpening(schedule(id), instant, WITH_CALENDAR))).toBe('Mon 2030-02-11 08:00');
  });

  it('7×24 ignores the calendar: open through the break, never closing, reason "hours"', () => {
    const instant = cn('2030-02-05 10:00');
    expect(isOpen(schedule('7x24'), instant, WITH_CALENDAR)).toBe(true);
    expect(nextClosing(schedule('7x24'), instant, WITH_CALENDAR)).toBeNull();
    expect(dayPlanAt(schedule('7x24'), instant, WITH_CALENDAR).reason).toBe('hours');
  });

  it.each(PART_TIME_IDS)('%s: from the evening before the break, the next opening skips all nine days', (id) => {
    const instant = cn('2030-02-01 18:00'); // Friday
    expect(dayPlanAt(schedule(id), instant, WITH_CALENDAR).reason).toBe('hours');
    expect(wall(nextOpening(schedule(id), instant, WITH_CALENDAR))).toBe('Mon 2030-02-11 08:00');
  });

  it.each(PART_TIME_IDS)('%s: the day after the break is an ordinary day', (id) => {
    const instant = cn('2030-02-11 08:00');
    expect(isOpen(schedule(id), instant, WITH_CALENDAR)).toBe(true);
    expect(dayPlanAt(schedule(id), instant, WITH_CALENDAR).reason).toBe('hours');
    expect(wall(nextClosing(schedule(id), instant, WITH_CALENDAR))).toBe('Mon 2030-02-11 17:30');
  });

  it.each<[string, string]>([
    ['a make-up Sunday', '2030-01-27'],
    ['a make-up Saturday', '2030-02-16'],
  ])('%s opens every observing schedule with its own hours, even 5×8', (_, date) => {
    for (const id of PART_TIME_IDS) {
      const s = schedule(id);
      expect(isOpen(s, cn(`${date} 07:59`), WITH_CALENDAR), `${id} 07:59`).toBe(false);
      expect(isOpen(s, cn(`${date} 08:00`), WITH_CALENDAR), `${id} 08:00`).toBe(true);
      expect(isOpen(s, cn(`${date} 17:30`), WITH_CALENDAR), `${id} 17:30`).toBe(false);
      expect(dayPlanAt(s, cn(`${date} 10:00`), WITH_CALENDAR).reason, id).toBe('workday');
      expect(wall(nextClosing(s, cn(`${date} 10:00`), WITH_CALENDAR)), id).toBe(wall(cn(`${date} 17:30`)));
    }
  });

  it('5×8 on the Friday evening before a make-up Saturday opens next on that Saturday', () => {
    const next = nextOpeningDay(schedule('5x8'), cn('2030-02-15 18:00'), WITH_CALENDAR);
    expect(wall(next!.at)).toBe('Sat 2030-02-16 08:00');
    expect(next!.plan.reason).toBe('workday');
  });

  it('on the evening of the last holiday the reason is still the holiday and the opening is the next morning', () => {
    const instant = cn('2030-10-07 20:00');
    for (const id of PART_TIME_IDS) {
      expect(dayPlanAt(schedule(id), instant, WITH_CALENDAR).reason, id).toBe('holiday');
      expect(wall(nextOpening(schedule(id), instant, WITH_CALENDAR)), id).toBe('Tue 2030-10-08 08:00');
    }
  });

  it('a year the calendar does not cover falls back to the weekly pattern, flagged "uncalendared"', () => {
    const instant = cn('2031-01-01 10:00'); // a Wednesday, and New Year's Day: unknown to the calendar
    for (const id of PART_TIME_IDS) {
      expect(isOpen(schedule(id), instant, WITH_CALENDAR), id).toBe(true);
      expect(dayPlanAt(schedule(id), instant, WITH_CALENDAR).reason, id).toBe('uncalendared');
    }
    expect(dayPlanAt(schedule('7x24'), instant, WITH_CALENDAR).reason).toBe('hours');
  });

  it('on New Year’s Eve the next opening is a guess in the uncovered year, and says so', () => {
    const instant = cn('2030-12-31 18:00');
    expect(dayPlanAt(schedule('5x8'), instant, WITH_CALENDAR).reason).toBe('hours');
    const next = nextOpeningDay(schedule('5x8'), instant, WITH_CALENDAR);
    expect(wall(next!.at)).toBe('Wed 2031-01-01 08:00');
    expect(next!.plan.reason).toBe('uncalendared');
  });

  it.each(ALL_IDS)('%s: agrees with the holiday table every 30 minutes from 2030-01-20 to 2030-02-20', (id) => {
    for (let time = cn('2030-01-20 00:00').getTime(); time < cn('2030-02-20 00:00').getTime(); time += 30 * MINUTE_MS) {
      const instant = new Date(time);
      expect(isOpen(schedule(id), instant, WITH_CALENDAR), wall(instant)!).toBe(oracleWithCalendar(id, instant));
    }
  });
});

describe('a year known only by the days the law fixes (fixture: 2031)', () => {
  const LAW: Exceptions = {calendar: calendarFor(FIXTURE_LAW_SOURCE, 'en'), closures: []};
  const lawDays = FIXTURE_LAW_SOURCE.holidays.filter((range) => range.from.startsWith('2031-'));

  it('is not counted as covered: its listed days are the whole of what is known', () => {
    expect(LAW.calendar.years).toEqual([2030]);
    expect(LAW.calendar.lawFixedYears).toEqual([2031]);
    expect(lawDays.length).toBeGreaterThan(0);
  });

  it.each(PART_TIME_IDS)('%s: closed on a listed day, reason "holiday" with its name, even on a weekday', (id) => {
    for (const range of lawDays) {
      const instant = cn(`${range.from} 10:00`);
      expect(isOpen(schedule(id), instant, LAW), range.from).toBe(false);
      expect(dayPlanAt(schedule(id), instant, LAW)).toMatchObject({reason: 'holiday', name: range.name.en});
    }
  });

  it.each(PART_TIME_IDS)('%s: any other day follows the weekly pattern, flagged "uncalendared"', (id) => {
    const instant = cn('2031-01-02 10:00'); // a Thursday
    expect(isOpen(schedule(id), instant, LAW)).toBe(true);
    expect(dayPlanAt(schedule(id), instant, LAW)).toMatchObject({reason: 'uncalendared', name: null});
    expect(wall(nextClosing(schedule(id), instant, LAW))).toBe('Thu 2031-01-02 17:30');
  });

  it('7×24 ignores the law-fixed days as it ignores every holiday', () => {
    expect(isOpen(schedule('7x24'), cn('2031-01-01 10:00'), LAW)).toBe(true);
    expect(dayPlanAt(schedule('7x24'), cn('2031-01-01 10:00'), LAW).reason).toBe('hours');
  });

  it('on New Year’s Eve 2030 the next opening skips the law-fixed New Year’s Day and is a guess in 2031', () => {
    const next = nextOpeningDay(schedule('5x8'), cn('2030-12-31 18:00'), LAW);
    expect(wall(next!.at)).toBe('Thu 2031-01-02 08:00');
    expect(next!.plan.reason).toBe('uncalendared');
  });

  it('the next opening after a law-fixed break is the first working day after it', () => {
    expect(wall(nextOpening(schedule('5x8'), cn('2031-01-21 18:00'), LAW))).toBe('Mon 2031-01-27 08:00');
    expect(wall(nextOpening(schedule('7x8'), cn('2031-01-21 18:00'), LAW))).toBe('Sun 2031-01-26 08:00');
  });

  it('without the law-fixed year, the same day is "uncalendared" and open, as before', () => {
    expect(dayPlanAt(schedule('5x8'), cn('2031-01-01 10:00'), WITH_CALENDAR).reason).toBe('uncalendared');
    expect(isOpen(schedule('5x8'), cn('2031-01-01 10:00'), WITH_CALENDAR)).toBe(true);
  });
});

describe('announced closures (fixture)', () => {
  it('closes a 7×8 channel for its days, with its reason, and reopens the morning after', () => {
    const exceptions = exceptionsWith('fixture-phone-outage'); // 2030-03-04 Mon – 03-05 Tue
    const instant = cn('2030-03-04 10:00');
    expect(isOpen(schedule('7x8'), instant, exceptions)).toBe(false);
    const plan = dayPlanAt(schedule('7x8'), instant, exceptions);
    expect(plan.reason).toBe('closure');
    expect(plan.name).toBe('phone line maintenance');
    expect(wall(nextOpening(schedule('7x8'), instant, exceptions))).toBe('Wed 2030-03-06 08:00');
    expect(wall(nextClosing(schedule('7x8'), cn('2030-03-03 10:00'), exceptions))).toBe('Sun 2030-03-03 17:30');
  });

  it('can close a round-the-clock schedule: it closes at midnight and reopens at midnight after the last day', () => {
    const exceptions = exceptionsWith('fixture-phone-outage');
    expect(wall(nextClosing(schedule('7x24'), cn('2030-03-03 10:00'), exceptions))).toBe('Mon 2030-03-04 00:00');
    expect(isOpen(schedule('7x24'), cn('2030-03-05 23:59'), exceptions)).toBe(false);
    expect(wall(nextOpening(schedule('7x24'), cn('2030-03-04 10:00'), exceptions))).toBe('Wed 2030-03-06 00:00');
  });

  it('wins over a make-up working day, and the next opening looks past a closure of two months', () => {
    const long: Exceptions = {
      calendar: FIXTURE_CALENDAR,
      closures: [{from: '2030-01-26', to: '2030-03-31', schedules: ['5x8'], name: 'moving office'}],
    };
    expect(dayPlanAt(schedule('5x8'), cn('2030-01-27 10:00'), long).reason).toBe('closure');
    expect(wall(nextOpening(schedule('5x8'), cn('2030-01-27 10:00'), long))).toBe('Mon 2030-04-01 08:00');
  });
});
