/**
 * A made-up calendar for unit tests, shaped like China's: 2030 is covered, 2031
 * is not. Tests of the time model run on it (and on fixture schedules), so that
 * they hold whatever the real hours and the real package's years are.
 * FIXTURE_LAW_SOURCE adds 2031 as a law-fixed year: two of its holidays, no make-up days.
 *
 *   2030-01-01 Tue        New Year's Day (one day off)
 *   2030-01-27 Sun        make-up working day for the Spring Festival
 *   2030-02-02 Sat … 02-10 Sun   Spring Festival, nine days off
 *   2030-02-16 Sat        make-up working day for the Spring Festival
 *   2030-09-29 Sun        make-up working day for National Day
 *   2030-10-01 Tue … 10-07 Mon   National Day
 *   2030-10-12 Sat        make-up working day for National Day
 */
import type {Locale, Localized} from '../../data/types';
import {calendarFor, type CalendarData, type SourceCalendar} from './calendar';

const NEW_YEAR: Localized = {'zh-Hans': '元旦', en: "New Year's Day"};
const SPRING_FESTIVAL: Localized = {'zh-Hans': '春节', en: 'Spring Festival'};
const NATIONAL_DAY: Localized = {'zh-Hans': '国庆节', en: 'National Day'};

/** As the build reads it: names in both languages. */
export const FIXTURE_SOURCE: SourceCalendar = {
  source: 'fixture',
  years: [2030],
  lawFixedYears: [],
  holidays: [
    {from: '2030-01-01', to: '2030-01-01', name: NEW_YEAR},
    {from: '2030-02-02', to: '2030-02-10', name: SPRING_FESTIVAL},
    {from: '2030-10-01', to: '2030-10-07', name: NATIONAL_DAY},
  ],
  workdays: [
    {from: '2030-01-27', to: '2030-01-27', name: SPRING_FESTIVAL},
    {from: '2030-02-16', to: '2030-02-16', name: SPRING_FESTIVAL},
    {from: '2030-09-29', to: '2030-09-29', name: NATIONAL_DAY},
    {from: '2030-10-12', to: '2030-10-12', name: NATIONAL_DAY},
  ],
  closures: [
    {
      id: 'fixture-phone-outage',
      from: '2030-03-04',
      to: '2030-03-05',
      channels: ['phone'],
      reason: {'zh-Hans': '电话线路维护', en: 'phone line maintenance'},
    },
    {
      id: 'fixture-team-retreat',
      from: '2030-05-20',
      to: '2030-05-20',
      schedules: ['5x8'],
      reason: {'zh-Hans': '团队外出培训', en: 'team training'},
    },
  ],
};

/**
 * The same, with 2031 known only by days the law fixes (made up, shaped like them):
 *
 *   2031-01-01 Wed        New Year's Day
 *   2031-01-22 Wed … 01-25 Sat   Spring Festival, eve and first three days
 */
export const FIXTURE_LAW_SOURCE: SourceCalendar = {
  ...FIXTURE_SOURCE,
  lawFixedYears: [2031],
  holidays: [
    ...FIXTURE_SOURCE.holidays,
    {from: '2031-01-01', to: '2031-01-01', name: NEW_YEAR},
    {from: '2031-01-22', to: '2031-01-25', name: SPRING_FESTIVAL},
  ],
};

/** As a page of `locale` gets it. */
export function fixtureCalendar(locale: Locale): CalendarData {
  return calendarFor(FIXTURE_SOURCE, locale);
}

/** As an English page gets it: what most tests read. */
export const FIXTURE_CALENDAR = fixtureCalendar('en');
