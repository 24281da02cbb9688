/**
 * The days off that China's law fixes every year, whatever the State Council's
 * yearly notice later adds (《全国年节及纪念日放假办法》): for a year the holiday
 * package has not published yet, these are the holidays the site can still be
 * sure of. Only the days themselves: the bridging days and the make-up working
 * days (调休) come with the notice and stay unknown.
 *
 * Build side (Node). The lunar dates and the solar term come from the
 * `chinese-days` package, whose lunar table and solar-term formula reach far
 * beyond the years its holiday files cover; nothing here is typed per year and
 * nothing here is astronomy. Each lunar date is read back through the package's
 * other conversion (solar → lunar) before it is used, so a wrong answer stops
 * the build instead of shipping.
 *
 * The package reads and prints dates on the process's own clock (its date
 * parser uses UTC midnight, its getters and printer local time), which shifts
 * answers by a day in time zones west of Greenwich: the calls below only hand it
 * values that read the same in every zone, and undo the one shift they cannot
 * avoid. lawFixedDays.test.ts runs them in zones from UTC−10 to UTC+14.
 */
import {getLunarDate, getSolarDateFromLunar, getSolarTermDate} from 'chinese-days';
import type {HOLIDAY_NAMES} from '../../data/calendarNames';
import {dayNumber, isoDateOfDay} from '../../lib/calendar/calendar';
import type {IsoDate} from '../../data/types';

/** A holiday the law names, as the package and src/data/calendarNames.ts key it. */
export type LawHoliday = Extract<keyof typeof HOLIDAY_NAMES, '元旦' | '春节' | '清明' | '劳动节' | '端午' | '中秋' | '国庆节'>;

/** How the law fixes one day off. */
type Rule =
  /** A Gregorian month and day. */
  | {kind: 'solar'; month: number; day: number}
  /** A day of the lunar year that starts in the Gregorian year; never of a leap month. */
  | {kind: 'lunar'; month: number; day: number}
  /** 农历除夕: the last day of the lunar year that ends in the Gregorian year (the 29th or 30th of the 12th month). */
  | {kind: 'lunarYearsEve'}
  /** 清明: the day the Pure Brightness solar term begins (early April). */
  | {kind: 'qingming'};

interface LawDay {
  holiday: LawHoliday;
  rule: Rule;
}

const solar = (holiday: LawHoliday, month: number, day: number): LawDay => ({holiday, rule: {kind: 'solar', month, day}});
const lunar = (holiday: LawHoliday, month: number, day: number): LawDay => ({holiday, rule: {kind: 'lunar', month, day}});

/** Days both revisions fix, apart from the Spring Festival and Labour Day. */
const NEW_YEAR = solar('元旦', 1, 1);
const QINGMING: LawDay = {holiday: '清明', rule: {kind: 'qingming'}};
const DRAGON_BOAT = lunar('端午', 5, 5);
const MID_AUTUMN = lunar('中秋', 8, 15);
const NATIONAL_DAY = [1, 2, 3].map((day) => solar('国庆节', 10, day));
const FIRST_MONTH = [1, 2, 3].map((day) => lunar('春节', 1, day));
/**
 * National Day before the Mid-Autumn Festival: on a date both fall on (1 October 2020,
 * 3 October 2028) National Day comes first, as in the State Council's 2020 notice.
 */
const AUTUMN = [...NATIONAL_DAY, MID_AUTUMN];

/** Each revision of the law, from the first year it applies to. */
const REVISIONS: readonly {from: number; days: readonly LawDay[]}[] = [
  // The 2013 revision, in force 2014–2024: eleven days.
  {
    from: 2014,
    days: [NEW_YEAR, ...FIRST_MONTH, QINGMING, solar('劳动节', 5, 1), DRAGON_BOAT, ...AUTUMN],
  },
  // The 2024 revision, in force from 2025: thirteen days, adding the lunar New Year's Eve and 2 May.
  {
    from: 2025,
    days: [
      NEW_YEAR,
      {holiday: '春节', rule: {kind: 'lunarYearsEve'}},
      ...FIRST_MONTH,
      QINGMING,
      solar('劳动节', 5, 1),
      solar('劳动节', 5, 2),
      DRAGON_BOAT,
      ...AUTUMN,
    ],
  },
];

/**
 * The years this module answers for: from the 2013 revision on, and up to the last
 * year of the package's solar-term formula (it has constants for the 20th and 21st
 * centuries only; its lunar table ends in 2100).
 */
export const LAW_FIXED_RANGE = {first: REVISIONS[0]!.from, last: 2099} as const;

export function hasLawFixedDays(year: number): boolean {
  return Number.isInteger(year) && year >= LAW_FIXED_RANGE.first && year <= LAW_FIXED_RANGE.last;
}

export interface LawFixedDay {
  date: IsoDate;
  holiday: LawHoliday;
}

const pad = (value: number) => String(value).padStart(2, '0');
const isoDate = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;

/** The date an instant reads as on the process's local clock. */
function localDate(instant: Date): IsoDate {
  return isoDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

/** The lunar date of a China calendar date, through the package's solar → lunar conversion. */
export function lunarDateOf(date: IsoDate): {year: number; month: number; day: number; leap: boolean} {
  // Noon UTC is 20:00 the same day in China: the package counts whole days from a China
  // midnight on the instant's time value, so the answer does not depend on the local zone.
  const detail = getLunarDate(new Date(`${date}T12:00:00Z`));
  return {year: detail.lunarYear, month: detail.lunarMon, day: detail.lunarDay, leap: detail.isLeap};
}

/** The Gregorian date of a lunar date (not of a leap month), checked by converting it back. */
function solarOfLunar(year: number, month: number, day: number): IsoDate {
  // A local-time Date reads as this year, month and day on the package's local getters
  // in every zone; its answer is counted and printed on the local clock too.
  const date = getSolarDateFromLunar(new Date(year, month - 1, day)).date;
  const back = lunarDateOf(date);
  if (back.year !== year || back.month !== month || back.day !== day || back.leap) {
    throw new Error(
      `chinese-days: lunar ${year}-${month}-${day} gave ${date}, which reads back as lunar ` +
        `${back.year}-${back.month}-${back.day}${back.leap ? ' (leap month)' : ''}`,
    );
  }
  return date;
}

/**
 * The day before the first of the first lunar month: the 29th or 30th of the 12th
 * month, whichever is its last. (Asked for "12/30", the package would roll a 29-day
 * month over into the New Year, so the eve is never asked for by its number.)
 */
function lunarYearsEve(year: number): IsoDate {
  const eve = isoDateOfDay(dayNumber(solarOfLunar(year, 1, 1)) - 1);
  const back = lunarDateOf(eve);
  if (back.year !== year - 1 || back.month !== 12 || back.day < 29) {
    throw new Error(
      `chinese-days: the day before lunar ${year}-1-1 (${eve}) reads as lunar ${back.year}-${back.month}-${back.day}`,
    );
  }
  return eve;
}

/**
 * 清明 from the package's solar-term formula. The package builds its answer at UTC
 * midnight and prints it on the local clock, a day early west of Greenwich: the
 * date meant is the one whose UTC midnight prints as the answer.
 */
function qingming(year: number): IsoDate {
  const printed = getSolarTermDate(year, 4, 'pure_brightness');
  const meant = [0, 1]
    .map((shift) => isoDateOfDay(dayNumber(printed) + shift))
    .find((date) => localDate(new Date(`${date}T00:00:00Z`)) === printed);
  if (!meant || !meant.startsWith(`${year}-04-`)) {
    throw new Error(`chinese-days: Qingming ${year} came out as ${printed}`);
  }
  return meant;
}

function dateOf(rule: Rule, year: number): IsoDate {
  switch (rule.kind) {
    case 'solar':
      return isoDate(year, rule.month, rule.day);
    case 'lunar':
      return solarOfLunar(year, rule.month, rule.day);
    case 'lunarYearsEve':
      return lunarYearsEve(year);
    case 'qingming':
      return qingming(year);
  }
}

/**
 * The days off the law fixes in `year`, in date order (a day the law names twice,
 * as 3 October 2028, National Day and the Mid-Autumn Festival, is listed once for each
 * holiday, National Day first).
 * Throws a RangeError for a year outside LAW_FIXED_RANGE.
 */
export function lawFixedDays(year: number): LawFixedDay[] {
  if (!hasLawFixedDays(year)) {
    throw new RangeError(`No law-fixed days for ${year}: computed for ${LAW_FIXED_RANGE.first}–${LAW_FIXED_RANGE.last} only`);
  }
  const revision = REVISIONS.filter((candidate) => candidate.from <= year).at(-1)!;
  return revision.days
    .map(({holiday, rule}) => ({date: dateOf(rule, year), holiday}))
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}
