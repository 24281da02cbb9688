/**
 * Build-time side of the calendar (Node only): reads China's statutory holidays
 * and make-up working days from the `chinese-days` package, names them in both
 * locales, adds years typed in by hand (src/data/closures.ts) when the package
 * lacks them, else the days off the law fixes (src/node/calendar/lawFixedDays.ts), and
 * keeps the years a visitor can need.
 */
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {HOLIDAY_NAMES} from '../../data/calendarNames';
import {CLOSURES, MANUAL_CALENDAR} from '../../data/closures';
import type {Localized, Closure, ManualCalendarYear, CalendarRange, IsoDate} from '../../data/types';
import {dayNumber, toRanges, type SourceCalendar} from '../../lib/calendar/calendar';
import {hasLawFixedDays, lawFixedDays, type LawHoliday} from './lawFixedDays';

export const CALENDAR_PACKAGE = 'chinese-days';
/** How `source` names the days computed from the law (next to the package, whose lunar calendar they use). */
export const LAW_FIXED_SOURCE = 'days fixed by law';

// Resolved from the site's root (every build and test runs there): the file is loaded
// as ES module by Vitest and as CommonJS by Docusaurus and Playwright.
const require = createRequire(path.join(process.cwd(), 'package.json'));

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as {version: string}).version;
}

/** One year of the package: date → "English name,中文名,n" (`inLieuDays` are days off in lieu, not used). */
interface ChineseDaysYear {
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

export function readChineseDays(year: number): ChineseDaysYear | null {
  return readJson(path.join(packageDir(CALENDAR_PACKAGE), 'dist', 'years', `${year}.json`));
}

/** The second, independent source, read only by the cross-check test. */
export function readHolidayCalendar(year: number): {date: IsoDate; type: string}[] | null {
  return (
    readJson<{dates: {date: IsoDate; type: string}[]}>(path.join(packageDir('holiday-calendar'), 'data', 'CN', `${year}.json`))
      ?.dates ?? null
  );
}

/** Our wording of the package's holiday name; its own words for a name we have not met yet. */
export function holidayName(packageValue: string, warn: (message: string) => void = () => {}): Localized {
  const [english = '', chinese = ''] = packageValue.split(',');
  const known = (HOLIDAY_NAMES as Record<string, Localized>)[chinese];
  if (known) {
    return known;
  }
  warn(`${CALENDAR_PACKAGE} names a holiday we have no wording for: "${packageValue}" (add it to src/data/calendarNames.ts)`);
  return {'zh-Hans': chinese, en: english};
}

function packageYear(year: number, warn: (message: string) => void): Pick<SourceCalendar, 'holidays' | 'workdays'> | null {
  const data = readChineseDays(year);
  if (!data) {
    return null;
  }
  const days = (map: Record<IsoDate, string>) =>
    Object.entries(map).map(([date, value]) => ({date, name: holidayName(value, warn)}));
  return {holidays: toRanges(days(data.holidays)), workdays: toRanges(days(data.workdays))};
}

/** Several holidays' names as one: "国庆节、中秋节" / "National Day and Mid-Autumn Festival". */
export function jointName(names: readonly Localized[]): Localized {
  if (names.length === 1) {
    return names[0]!;
  }
  const en = names.map((name) => name.en);
  return {'zh-Hans': names.map((name) => name['zh-Hans']).join('、'), en: `${en.slice(0, -1).join(', ')} and ${en.at(-1)}`};
}

/**
 * The days off the law fixes in `year` as ranges: consecutive days as one range,
 * named by the holidays in it in date order (one name but for days that touch or
 * coincide, as National Day and the Mid-Autumn Festival on 3 October 2028).
 */
export function lawFixedRanges(year: number): CalendarRange[] {
  const runs: {from: IsoDate; to: IsoDate; holidays: LawHoliday[]}[] = [];
  for (const {date, holiday} of lawFixedDays(year)) {
    const last = runs.at(-1);
    if (last && dayNumber(date) <= dayNumber(last.to) + 1) {
      last.to = date;
      if (!last.holidays.includes(holiday)) {
        last.holidays.push(holiday);
      }
    } else {
      runs.push({from: date, to: date, holidays: [holiday]});
    }
  }
  return runs.map(({from, to, holidays}) => ({from, to, name: jointName(holidays.map((holiday) => HOLIDAY_NAMES[holiday]))}));
}

/** The years a visitor can need: the build's current year in China and the next. */
export function neededYears(buildInstant: Date): number[] {
  const year = Number(new Intl.DateTimeFormat('en-US', {timeZone: 'Asia/Shanghai', year: 'numeric'}).format(buildInstant));
  return [year, year + 1];
}

/** Closures that end in one of the years or later: older ones no longer matter. */
function currentClosures(closures: readonly Closure[], years: readonly number[]): Closure[] {
  const first = `${Math.min(...years)}-01-01`;
  return closures.filter((closure) => closure.to >= first);
}

export interface LoadedCalendar {
  calendar: SourceCalendar;
  /** What a maintainer should know (a missing year, a manual year the package now has). */
  warnings: string[];
}

/**
 * The calendar for `years`: the package's dates, else a year of MANUAL_CALENDAR,
 * else the days off the law fixes (the year goes into `lawFixedYears`, not `years`:
 * its make-up days are unknown, and its other days follow the weekly hours).
 */
export function loadCalendar(
  years: readonly number[],
  {manual = MANUAL_CALENDAR, closures = CLOSURES}: {manual?: readonly ManualCalendarYear[]; closures?: readonly Closure[]} = {},
): LoadedCalendar {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const covered: number[] = [];
  const lawFixed: number[] = [];
  const holidays: CalendarRange[] = [];
  const workdays: CalendarRange[] = [];
  const sources = new Set<string>();
  for (const year of years) {
    const fromPackage = packageYear(year, warn);
    const byHand = manual.find((entry) => entry.year === year);
    if (fromPackage && byHand) {
      warn(`${CALENDAR_PACKAGE} now has ${year}: remove it from MANUAL_CALENDAR in src/data/closures.ts`);
    }
    const chosen = fromPackage ?? byHand;
    if (!chosen) {
      if (hasLawFixedDays(year)) {
        // The package's lunar calendar and solar terms give the dates.
        sources.add(`${CALENDAR_PACKAGE} ${packageVersion(CALENDAR_PACKAGE)}`).add(LAW_FIXED_SOURCE);
        lawFixed.push(year);
        holidays.push(...lawFixedRanges(year));
      }
      continue;
    }
    sources.add(
      fromPackage ? `${CALENDAR_PACKAGE} ${packageVersion(CALENDAR_PACKAGE)}` : 'src/data/closures.ts MANUAL_CALENDAR',
    );
    covered.push(year);
    holidays.push(...chosen.holidays);
    workdays.push(...chosen.workdays);
  }
  return {
    calendar: {
      source: [...sources].join(' + ') || 'none',
      years: covered,
      lawFixedYears: lawFixed,
      holidays,
      workdays,
      closures: currentClosures(closures, years),
    },
    warnings,
  };
}

/**
 * Warnings, never errors (CI must not break because of the date): the current
 * year is not covered, or it is November or later and next year is not.
 */
export function coverageWarnings(calendar: SourceCalendar, buildInstant: Date): string[] {
  const [year, next] = neededYears(buildInstant) as [number, number];
  const month = Number(new Intl.DateTimeFormat('en-US', {timeZone: 'Asia/Shanghai', month: 'numeric'}).format(buildInstant));
  const missing = [year, ...(month >= 11 ? [next] : [])].filter((candidate) => !calendar.years.includes(candidate));
  return missing.map(
    (candidate) =>
      (calendar.lawFixedYears.includes(candidate)
        ? `No full holiday calendar for ${candidate}: only the days off the law fixes are holidays; its make-up working ` +
          `and bridging days are missing, so the site shows the weekly hours on every other day and says so. `
        : `No holiday calendar for ${candidate}: the site shows the weekly hours for it and says so. `) +
      `Update ${CALENDAR_PACKAGE} (npm update ${CALENDAR_PACKAGE}) or enter the year in MANUAL_CALENDAR (src/data/closures.ts).`,
  );
}
