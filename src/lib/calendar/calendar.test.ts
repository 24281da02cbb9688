/**
 * The calendar data: the package it comes from agrees with an independent one,
 * its names read well in both locales, and the compact form the browser gets
 * says exactly what the package says.
 */
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {HOLIDAY_NAMES} from '../../data/calendarNames';
import {FIXTURE_SOURCE} from './calendar.fixture';
import {dayPlan} from '../time/schedule';
import {FIXTURE_SCHEDULES} from '../time/schedule.fixture';
import {
  calendarFor,
  coversYear,
  dayNumber,
  inRange,
  isIsoDate,
  isoDateOfDay,
  rangeDates,
  toRanges,
  type SourceCalendar,
} from './calendar';
import {
  CALENDAR_PACKAGE,
  coverageWarnings,
  holidayName,
  jointName,
  LAW_FIXED_SOURCE,
  lawFixedRanges,
  loadCalendar,
  neededYears,
  readChineseDays,
  readHolidayCalendar,
} from '../../node/calendar/calendarSource';
import {LAW_FIXED_RANGE, lawFixedDays} from '../../node/calendar/lawFixedDays';

/** Every year the package has (it starts in 2004), found by reading rather than assumed. */
const PACKAGE_YEARS = Array.from({length: 60}, (_, index) => 2000 + index).filter((year) => readChineseDays(year));

describe(`${CALENDAR_PACKAGE} against holiday-calendar`, () => {
  const bothCover = PACKAGE_YEARS.filter((year) => readHolidayCalendar(year));

  // Either package may publish a new year first (`npm update chinese-days` must not fail
  // on the other's delay): they are compared on the years both have.
  it('overlap on many years', () => {
    expect(bothCover.length).toBeGreaterThanOrEqual(10);
  });

  // A file may list a break's days that fall in the neighbouring year (2022-12-31 in
  // holiday-calendar's 2023), so both are compared date by date over all their files.
  const ours = (kind: 'holidays' | 'workdays') =>
    new Set(PACKAGE_YEARS.flatMap((year) => Object.keys(readChineseDays(year)![kind])));
  const theirs = (type: string) =>
    new Set(
      bothCover.flatMap((year) =>
        readHolidayCalendar(year)!
          .filter((entry) => entry.type === type)
          .map((entry) => entry.date),
      ),
    );
  const inBoth = (date: string) => bothCover.includes(Number(date.slice(0, 4)));
  const differences = (kind: 'holidays' | 'workdays', type: string) => {
    const a = ours(kind);
    const b = theirs(type);
    return [...[...a].filter((date) => !b.has(date)), ...[...b].filter((date) => !a.has(date))].filter(inBoth).sort();
  };

  /**
   * The two packages disagree on a few dates of past years (2004–2020: lunar dates
   * one package had wrong, the 2020 Spring Festival extension). Pinned, so that any
   * new disagreement fails; none of them is a year a visitor can need.
   */
  const PAST_DIFFERENCES = {
    holidays: [
      '2004-01-02',
      '2004-01-03',
      '2007-12-30',
      '2007-12-31',
      '2008-06-07',
      '2008-09-13',
      '2011-06-05',
      '2012-06-23',
      '2015-05-02',
      '2015-05-03',
      '2015-06-21',
      '2015-09-05',
      '2016-01-02',
      '2016-01-03',
      '2016-04-30',
      '2020-02-02',
    ],
    workdays: [
      '2004-04-25',
      '2004-05-09',
      '2004-09-26',
      '2004-10-10',
      '2005-12-31',
      '2007-12-29',
      '2008-05-04',
      '2008-06-07',
      '2008-09-13',
      '2009-01-04',
      '2009-09-27',
      '2011-12-31',
      '2015-01-04',
      '2016-04-02',
      '2018-06-16',
      '2018-09-22',
    ],
  };

  it('agree on every holiday and make-up working day from 2021 on', () => {
    const recent = (dates: string[]) => dates.filter((date) => date >= '2021-01-01');
    expect(recent(differences('holidays', 'public_holiday'))).toEqual([]);
    expect(recent(differences('workdays', 'transfer_workday'))).toEqual([]);
  });

  it('differ on nothing but the known dates of past years', () => {
    expect(differences('holidays', 'public_holiday')).toEqual(PAST_DIFFERENCES.holidays);
    expect(differences('workdays', 'transfer_workday')).toEqual(PAST_DIFFERENCES.workdays);
  });
});

describe('holiday names', () => {
  it('has our wording, in both locales, for every name the package uses', () => {
    const warnings: string[] = [];
    for (const year of PACKAGE_YEARS) {
      const data = readChineseDays(year)!;
      for (const value of [...Object.values(data.holidays), ...Object.values(data.workdays)]) {
        holidayName(value, (message) => warnings.push(message));
      }
    }
    expect(warnings).toEqual([]);
  });

  it('reads naturally', () => {
    expect(Object.values(HOLIDAY_NAMES).map((name) => name.en)).toEqual(
      expect.arrayContaining([
        'Spring Festival',
        'National Day',
        'Tomb-Sweeping Day',
        'Dragon Boat Festival',
        'Mid-Autumn Festival',
        'Labour Day',
        "New Year's Day",
      ]),
    );
    expect(holidayName('Mid-autumn Festival,中秋,1')).toEqual({'zh-Hans': '中秋节', en: 'Mid-Autumn Festival'});
  });

  it('falls back to the package’s own words for a name it has not met, with a warning', () => {
    const warnings: string[] = [];
    expect(holidayName('Some New Day,新节日,1', (message) => warnings.push(message))).toEqual({
      'zh-Hans': '新节日',
      en: 'Some New Day',
    });
    expect(warnings).toHaveLength(1);
  });
});

describe('dates and ranges', () => {
  it('reads only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-28')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate(' 2027-04-30')).toBe(false);
    expect(isIsoDate(20270430)).toBe(false);
    expect(isoDateOfDay(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
    expect(rangeDates({from: '2026-12-30', to: '2027-01-02'})).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('packs consecutive days of the same holiday into one range and keeps separate runs apart', () => {
    const a = {'zh-Hans': '甲', en: 'A'};
    const b = {'zh-Hans': '乙', en: 'B'};
    expect(
      toRanges([
        {date: '2030-01-03', name: a},
        {date: '2030-01-01', name: a},
        {date: '2030-01-02', name: a},
        {date: '2030-01-04', name: b},
        {date: '2030-01-06', name: b},
      ]),
    ).toEqual([
      {from: '2030-01-01', to: '2030-01-03', name: a},
      {from: '2030-01-04', to: '2030-01-04', name: b},
      {from: '2030-01-06', to: '2030-01-06', name: b},
    ]);
  });
});

describe('the calendar the build ships', () => {
  const latest = PACKAGE_YEARS.at(-1)!;

  it('needs the current China year and the next', () => {
    expect(neededYears(new Date('2026-12-31T16:00:00Z'))).toEqual([2027, 2028]); // already 2027 in China
    expect(neededYears(new Date('2026-12-31T15:59:00Z'))).toEqual([2026, 2027]);
  });

  it('holds exactly the package’s days for a year it has, with the source and version', () => {
    const {calendar} = loadCalendar([latest]);
    expect(calendar.years).toEqual([latest]);
    expect(calendar.source).toMatch(new RegExp(`^${CALENDAR_PACKAGE} \\d+\\.\\d+\\.\\d+$`));
    const raw = readChineseDays(latest)!;
    const unpack = (kind: 'holidays' | 'workdays') => calendar[kind].flatMap(rangeDates).sort();
    expect(unpack('holidays')).toEqual(Object.keys(raw.holidays).sort());
    expect(unpack('workdays')).toEqual(Object.keys(raw.workdays).sort());
    // As a weekday schedule that observes the calendar (the 5×8 fixture) reads each of those days.
    const exceptions = {calendar: calendarFor(calendar, 'en'), closures: []};
    const reason = (date: string) => dayPlan(FIXTURE_SCHEDULES['5x8'], dayNumber(date), exceptions).reason;
    for (const date of Object.keys(raw.holidays)) {
      expect(reason(date), date).toBe('holiday');
    }
    for (const date of Object.keys(raw.workdays)) {
      expect(reason(date), date).toBe('workday');
    }
    // Days off in lieu are not make-up working days.
    expect(reason(`${latest}-07-15`)).toBe('hours');
  });

  it('is small: two years stay under 4,000 characters of JSON', () => {
    const {calendar} = loadCalendar([latest - 1, latest]);
    expect(JSON.stringify(calendar).length).toBeLessThan(4000);
    expect(calendar.holidays.length).toBeLessThan(30);
  });

  it('gives each locale’s pages the names in their language only', () => {
    const {calendar} = loadCalendar([latest - 1, latest]);
    for (const [locale, other] of [
      ['zh-Hans', 'en'],
      ['en', 'zh-Hans'],
    ] as const) {
      const page = calendarFor(calendar, locale);
      expect(page.holidays).toEqual(calendar.holidays.map(({from, to, name}) => ({from, to, name: name[locale]})));
      expect(page.workdays).toEqual(calendar.workdays.map(({from, to, name}) => ({from, to, name: name[locale]})));
      const shipped = JSON.stringify(page);
      for (const range of [...calendar.holidays, ...calendar.workdays]) {
        expect(shipped).not.toContain(JSON.stringify(range.name[other]));
      }
    }
  });

  it('gives a page each closure’s dates, what it closes and its reason in the page’s language', () => {
    expect(calendarFor(FIXTURE_SOURCE, 'zh-Hans').closures).toEqual([
      {from: '2030-03-04', to: '2030-03-05', channels: ['phone'], name: '电话线路维护'},
      {from: '2030-05-20', to: '2030-05-20', schedules: ['5x8'], name: '团队外出培训'},
    ]);
    expect(calendarFor(FIXTURE_SOURCE, 'en').closures.map((closure) => closure.name)).toEqual([
      'phone line maintenance',
      'team training',
    ]);
  });

  it('gives a year the package lacks the days the law fixes, or takes it from MANUAL_CALENDAR', () => {
    const missing = latest + 1;
    const byLaw = loadCalendar([latest, missing], {manual: []}).calendar;
    expect(byLaw.years).toEqual([latest]);
    expect(byLaw.lawFixedYears).toEqual([missing]);
    expect(coversYear(byLaw, missing)).toBe(false);
    expect(byLaw.source).toBe(`${loadCalendar([latest]).calendar.source} + ${LAW_FIXED_SOURCE}`);
    const manual = {
      year: missing,
      holidays: [{from: `${missing}-10-01`, to: `${missing}-10-07`, name: {'zh-Hans': '国庆节', en: 'National Day'}}],
      workdays: [],
    };
    const {calendar} = loadCalendar([latest, missing], {manual: [manual]});
    expect(calendar.years).toEqual([latest, missing]);
    expect(calendar.lawFixedYears).toEqual([]);
    expect(coversYear(calendar, missing)).toBe(true);
    expect(calendar.holidays.filter((range) => range.from.startsWith(`${missing}-`))).toEqual(manual.holidays);
    const nameOn = (locale: 'zh-Hans' | 'en') =>
      dayPlan(FIXTURE_SCHEDULES['5x8'], dayNumber(`${missing}-10-05`), {calendar: calendarFor(calendar, locale), closures: []})
        .name;
    expect(nameOn('en')).toBe('National Day');
    expect(nameOn('zh-Hans')).toBe('国庆节');
    expect(calendar.source).toContain('MANUAL_CALENDAR');
  });

  it('leaves a year uncovered that neither the package, a manual entry nor the law’s computation reaches', () => {
    const beyond = LAW_FIXED_RANGE.last + 1;
    const {calendar} = loadCalendar([beyond]);
    expect(calendar).toMatchObject({years: [], lawFixedYears: [], holidays: [], source: 'none'});
  });

  it('warns when a manual year is no longer needed', () => {
    const manual = {year: latest, holidays: [], workdays: []};
    expect(loadCalendar([latest], {manual: [manual]}).warnings.join()).toContain(`now has ${latest}`);
  });

  it('ships only closures that have not ended before the first year', () => {
    const closure = (id: string, to: string) => ({
      id,
      from: to,
      to,
      channels: ['phone' as const],
      reason: {'zh-Hans': '维护', en: 'maintenance'},
    });
    const {calendar} = loadCalendar([2030], {closures: [closure('old', '2029-12-31'), closure('new', '2030-01-01')]});
    expect(calendar.closures.map((c) => c.id)).toEqual(['new']);
  });
});

describe('a year known only by the days the law fixes', () => {
  const latest = PACKAGE_YEARS.at(-1)!;
  const missing = latest + 1;
  const {calendar} = loadCalendar([latest, missing], {manual: []});
  const lawRanges = calendar.holidays.filter((range) => range.from.startsWith(`${missing}-`));

  it('lists exactly the law’s days as holidays, each consecutive run as one range, and no make-up days', () => {
    expect(lawRanges).toEqual(lawFixedRanges(missing));
    expect(lawRanges.flatMap(rangeDates)).toEqual([...new Set(lawFixedDays(missing).map((day) => day.date))]);
    for (const [index, range] of lawRanges.entries()) {
      const next = lawRanges[index + 1];
      if (next) {
        expect(dayNumber(next.from) - dayNumber(range.to), `${range.to} → ${next.from}`).toBeGreaterThan(1);
      }
    }
    expect(calendar.workdays.filter((range) => range.from.startsWith(`${missing}-`))).toEqual([]);
  });

  it('names each range with our wording of its holidays (src/data/calendarNames.ts)', () => {
    for (const range of lawRanges) {
      const holidays = [
        ...new Set(
          lawFixedDays(missing)
            .filter((day) => inRange(range, day.date))
            .map((day) => day.holiday),
        ),
      ];
      expect(range.name).toEqual(jointName(holidays.map((holiday) => HOLIDAY_NAMES[holiday])));
    }
    expect(lawRanges.map((range) => range.name.en)).toEqual(
      expect.arrayContaining(["New Year's Day", 'Spring Festival', 'National Day']),
    );
  });

  it('names a run two holidays share by both, in date order (2028: National Day and the Mid-Autumn Festival)', () => {
    const autumn = lawFixedRanges(2028).find((range) => range.from === '2028-10-01')!;
    expect(autumn.to).toBe('2028-10-03');
    expect(autumn.name).toEqual({'zh-Hans': '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival'});
    expect(autumn.name).toEqual(jointName([HOLIDAY_NAMES.国庆节, HOLIDAY_NAMES.中秋]));
  });

  it('is read as holidays on those days and as the weekly pattern on every other day (the 5×8 fixture)', () => {
    const exceptions = {calendar: calendarFor(calendar, 'en'), closures: []};
    const reason = (date: string) => dayPlan(FIXTURE_SCHEDULES['5x8'], dayNumber(date), exceptions).reason;
    const listed = new Set(lawRanges.flatMap(rangeDates));
    for (let day = dayNumber(`${missing}-01-01`); day <= dayNumber(`${missing}-12-31`); day += 1) {
      const date = isoDateOfDay(day);
      expect(reason(date), date).toBe(listed.has(date) ? 'holiday' : 'uncalendared');
    }
  });

  it('costs a page less than the full year the package will bring, under 100 bytes gzip in either language', () => {
    for (const locale of ['zh-Hans', 'en'] as const) {
      const gzipped = (years: number[]) =>
        gzipSync(JSON.stringify(calendarFor(loadCalendar(years, {manual: []}).calendar, locale))).length;
      const lawYear = gzipped([latest, missing]) - gzipped([latest]);
      const packageYear = gzipped([latest - 1, latest]) - gzipped([latest - 1]);
      expect(lawYear, locale).toBeLessThan(packageYear);
      expect(lawYear, locale).toBeLessThan(100);
    }
  });
});

describe('coverage warnings (never errors)', () => {
  const covering = (years: number[]): SourceCalendar => ({
    source: 'test',
    years,
    lawFixedYears: [],
    holidays: [],
    workdays: [],
    closures: [],
  });

  it('warns when the current year is missing', () => {
    expect(coverageWarnings(covering([]), new Date('2030-03-01T00:00:00Z'))).toHaveLength(1);
    expect(coverageWarnings(covering([2030]), new Date('2030-03-01T00:00:00Z'))).toEqual([]);
  });

  it('says what a law-fixed year lacks', () => {
    const warnings = coverageWarnings({...covering([2030]), lawFixedYears: [2031]}, new Date('2030-11-15T00:00:00Z'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^No full holiday calendar for 2031: only the days off the law fixes/);
  });

  it('warns about next year only from 1 November (China time)', () => {
    expect(coverageWarnings(covering([2030]), new Date('2030-10-31T15:59:00Z'))).toEqual([]);
    const warnings = coverageWarnings(covering([2030]), new Date('2030-10-31T16:00:00Z'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('2031');
  });
});
