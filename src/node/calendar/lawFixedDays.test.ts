/**
 * The days the law fixes, computed from the package's lunar calendar and solar
 * terms: checked against every year the package's own holiday files hold (each
 * day must be one of that year's holidays, under the same name), and for the
 * years after them through the package's other conversions.
 */
import {getLunarDate, getSolarDateFromLunar, getSolarTerms, getYearLeapMonth, monthDays} from 'chinese-days';
import {afterEach, describe, expect, it} from 'vitest';
import {dayNumber, inRange, isoDateOfDay} from '../../lib/calendar/calendar';
import {holidayName, loadCalendar, readChineseDays} from './calendarSource';
import {HOLIDAY_NAMES} from '../../data/calendarNames';
import {LAW_FIXED_RANGE, hasLawFixedDays, lawFixedDays, lunarDateOf, type LawHoliday} from './lawFixedDays';

/**
 * The second routes below use the package as it is written, on China's clock (this file
 * runs in its own process); the last block moves the clock to show that lawFixedDays
 * does not care.
 */
const CHINA = 'Asia/Shanghai';
process.env.TZ = CHINA;

/** The years the package's holiday files hold that the law's revisions reach, found by reading. */
const PACKAGE_YEARS = Array.from({length: 100}, (_, index) => LAW_FIXED_RANGE.first + index).filter((year) =>
  readChineseDays(year),
);
const LATEST = PACKAGE_YEARS.at(-1)!;
/** Years past the package's holiday files: what the module is for. */
const BEYOND = [1, 2, 3, 4].map((ahead) => LATEST + ahead);

const count = (year: number) => lawFixedDays(year).length;

describe('against the package’s own holiday years', () => {
  it('has them, including the six years 2021–2026', () => {
    expect(PACKAGE_YEARS).toEqual(expect.arrayContaining([2021, 2022, 2023, 2024, 2025, 2026]));
  });

  it.each(PACKAGE_YEARS)('%i: every day the law fixes is a holiday of the package, under that holiday’s name', (year) => {
    // Read as the build reads them: the package's ranges, named with src/data/calendarNames.ts.
    const {holidays} = loadCalendar([year], {manual: []}).calendar;
    const days = lawFixedDays(year);
    const holidaysOn = (date: string) => days.filter((day) => day.date === date).map((day) => day.holiday);
    const raw = readChineseDays(year)!.holidays;
    for (const {date} of days) {
      const range = holidays.find((candidate) => inRange(candidate, date));
      expect(range, `${date} is a holiday`).toBeDefined();
      // A date two holidays share (1 October 2020) carries one of their names.
      expect(
        holidaysOn(date).map((holiday) => HOLIDAY_NAMES[holiday]),
        date,
      ).toContainEqual(range!.name);
      expect(
        holidaysOn(date).map((holiday) => HOLIDAY_NAMES[holiday]),
        date,
      ).toContainEqual(holidayName(raw[date]!));
    }
  });

  it('counts the revisions’ days: eleven a year to 2024, thirteen from 2025', () => {
    for (const year of PACKAGE_YEARS) {
      expect(count(year), String(year)).toBe(year >= 2025 ? 13 : 11);
    }
  });
});

/**
 * 2027 as the computation gives it, pinned so that a change shows, and read back
 * below through the package's solar → lunar conversion and its solar-term list.
 */
const DAYS_2027: readonly [string, LawHoliday][] = [
  ['2027-01-01', '元旦'],
  ['2027-02-05', '春节'],
  ['2027-02-06', '春节'],
  ['2027-02-07', '春节'],
  ['2027-02-08', '春节'],
  ['2027-04-05', '清明'],
  ['2027-05-01', '劳动节'],
  ['2027-05-02', '劳动节'],
  ['2027-06-09', '端午'],
  ['2027-09-15', '中秋'],
  ['2027-10-01', '国庆节'],
  ['2027-10-02', '国庆节'],
  ['2027-10-03', '国庆节'],
];

/** What each day must be, read by a second route: its lunar date, its solar term, or its Gregorian date. */
function secondRoute(year: number, date: string, holiday: LawHoliday): void {
  const lunar = lunarDateOf(date);
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  switch (holiday) {
    case '元旦':
      expect([month, day]).toEqual([1, 1]);
      break;
    case '劳动节':
      expect(month).toBe(5);
      expect(day).toBeLessThanOrEqual(2);
      break;
    case '国庆节':
      expect(month).toBe(10);
      expect(day).toBeLessThanOrEqual(3);
      break;
    case '清明':
      expect(getSolarTerms(`${year}-04-01`, `${year}-04-30`).find((term) => term.term === 'pure_brightness')?.date).toBe(date);
      break;
    case '端午':
      expect(lunar).toEqual({year, month: 5, day: 5, leap: false});
      break;
    case '中秋':
      expect(lunar).toEqual({year, month: 8, day: 15, leap: false});
      break;
    case '春节':
      if (lunar.year === year - 1) {
        // The eve: the last day of the old year's 12th month, whether it has 29 days or 30.
        expect(lunar).toEqual({year: year - 1, month: 12, day: monthDays(year - 1, 12), leap: false});
        expect(lunarDateOf(isoDateOfDay(dayNumber(date) + 1))).toMatchObject({year, month: 1, day: 1});
      } else {
        expect(lunar).toMatchObject({year, month: 1, leap: false});
        expect(lunar.day).toBeLessThanOrEqual(3);
      }
      break;
  }
}

describe('2027, the first year the package’s holiday files do not reach', () => {
  it('gives the thirteen days, each read back by a second route', () => {
    const days = lawFixedDays(2027);
    expect(days.map(({date, holiday}) => [date, holiday])).toEqual(DAYS_2027);
    for (const {date, holiday} of days) {
      secondRoute(2027, date, holiday);
    }
  });

  it('asks for the lunar New Year’s Eve by the New Year, not as the 30th: lunar 2026’s 12th month has 29 days', () => {
    expect(monthDays(2026, 12)).toBe(29);
    const newYear = getSolarDateFromLunar('2027-01-01').date;
    // The package rolls a "12/30" that does not exist over into the New Year itself.
    expect(getSolarDateFromLunar('2026-12-30').date).toBe(newYear);
    expect(lawFixedDays(2027)[1]).toEqual({date: isoDateOfDay(dayNumber(newYear) - 1), holiday: '春节'});
  });
});

describe('the years after the package’s holiday files', () => {
  it.each(BEYOND)('%i: the package’s lunar calendar and solar terms reach it, and every day reads back', (year) => {
    expect(readChineseDays(year)).toBeNull();
    const days = lawFixedDays(year);
    expect(days).toHaveLength(13);
    expect(days.every(({date}) => date.startsWith(`${year}-`))).toBe(true);
    for (const {date, holiday} of days) {
      secondRoute(year, date, holiday);
    }
  });

  it('takes the Dragon Boat Festival from the 5th month, not from a leap 5th month after it (2028)', () => {
    expect(getYearLeapMonth(2028).leapMonth).toBe(5);
    const dragonBoat = lawFixedDays(2028).find((day) => day.holiday === '端午')!;
    const fromPackage = getSolarDateFromLunar('2028-05-05');
    expect(fromPackage.leapMonthDate).toBeDefined();
    expect(dragonBoat.date).toBe(fromPackage.date);
    expect(getLunarDate(fromPackage.leapMonthDate!)).toMatchObject({lunarMon: 5, lunarDay: 5, isLeap: true});
  });

  it('lists a day two holidays share once for each, National Day first (3 October 2028 is the Mid-Autumn Festival)', () => {
    const days = lawFixedDays(2028);
    expect(new Set(days.map((day) => day.date)).size).toBe(12);
    const shared = days.filter((day) => day.date === '2028-10-03').map((day) => day.holiday);
    expect(shared).toEqual(['国庆节', '中秋']);
  });
});

describe('every year of the range', () => {
  const years = Array.from({length: LAW_FIXED_RANGE.last - LAW_FIXED_RANGE.first + 1}, (_, i) => LAW_FIXED_RANGE.first + i);

  it('gives the revision’s days, in date order, within the year, each read back', () => {
    for (const year of years) {
      const days = lawFixedDays(year);
      expect(days, String(year)).toHaveLength(year >= 2025 ? 13 : 11);
      expect(days.map((day) => day.date)).toEqual(days.map((day) => day.date).sort());
      for (const {date, holiday} of days) {
        expect(date.slice(0, 4), `${year} ${holiday}`).toBe(String(year));
        secondRoute(year, date, holiday);
      }
    }
  });

  it('refuses a year outside it, rather than guess', () => {
    expect(hasLawFixedDays(LAW_FIXED_RANGE.first - 1)).toBe(false);
    expect(hasLawFixedDays(LAW_FIXED_RANGE.last + 1)).toBe(false);
    expect(hasLawFixedDays(2027.5)).toBe(false);
    expect(() => lawFixedDays(LAW_FIXED_RANGE.first - 1)).toThrow(RangeError);
    expect(() => lawFixedDays(LAW_FIXED_RANGE.last + 1)).toThrow(RangeError);
  });
});

describe('the same days whatever the process’s time zone', () => {
  // The package reads dates on the local clock: a build west of Greenwich got Qingming a day early.
  afterEach(() => {
    process.env.TZ = CHINA;
  });
  const inZone = (zone: string, year: number) => {
    process.env.TZ = zone;
    return lawFixedDays(year);
  };

  it.each(['Pacific/Honolulu', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Kiritimati'])('%s', (zone) => {
    const expected = BEYOND.concat([2025, 2026]).map((year) => inZone('Etc/UTC', year));
    process.env.TZ = zone;
    // Really in that zone: UTC midnight reads as another local date or hour.
    expect(new Date('2027-04-05T00:00:00Z').getHours()).not.toBe(0);
    expect(BEYOND.concat([2025, 2026]).map((year) => lawFixedDays(year))).toEqual(expected);
  });
});
