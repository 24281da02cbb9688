/**
 * schema.org JSON-LD built from the helpdesk data: the organisation's contact
 * points with their hours, holidays and closures (the FAQ page's block is in
 * faqJsonLd.ts). Pure, so that tests can compare it with what the page shows.
 */
import type {ContactPoint, DayOfWeek, Language, OpeningHoursSpecification, Organization, WithContext} from 'schema-dts';
import {
  COMPANY,
  POLICY_LINKS,
  SUPPORT_LANGUAGES,
  type Channel,
  type Locale,
  type Schedule,
  type WallTime,
  type Weekday,
} from '../../data';
import {dayNumber, EMPTY_CALENDAR, type CalendarData} from '../../lib/calendar/calendar';
import {entryContact, offeredChannels} from '../../lib/channels/channelEntry';
import {closes} from '../../lib/calendar/closures';
import {getSchedule} from '../../lib/lookup';
import type {DateRange} from '../../data/types';

const DAY_OF_WEEK: Record<Weekday, DayOfWeek> = {
  1: 'https://schema.org/Monday',
  2: 'https://schema.org/Tuesday',
  3: 'https://schema.org/Wednesday',
  4: 'https://schema.org/Thursday',
  5: 'https://schema.org/Friday',
  6: 'https://schema.org/Saturday',
  7: 'https://schema.org/Sunday',
};

/** schema.org names languages; BCP 47 tags go in `alternateName`. */
const LANGUAGE: Record<Locale, Language> = {
  'zh-Hans': {'@type': 'Language', name: 'Chinese', alternateName: 'zh-Hans'},
  en: {'@type': 'Language', name: 'English', alternateName: 'en'},
};

/** schema.org writes "open all day" as 00:00–23:59; it has no 24:00. */
function schemaTime(time: WallTime): string {
  return time === '24:00' ? '23:59' : time;
}

/** Closed on the dates of the range: schema.org writes a closed day as opens = closes = 00:00. */
function closedOn(range: DateRange): OpeningHoursSpecification {
  return {'@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: range.from, validThrough: range.to};
}

/**
 * The schedule as opening hours: the weekly pattern, then the dated exceptions
 * (statutory holidays and make-up working days for a schedule that observes them,
 * and the closures given). A year known only by the days the law fixes
 * (`lawFixedYears`) closes on those days and has no make-up days: the weekly
 * pattern stands for the rest of it. schema.org has no time-zone field, so the
 * pages state in their text that every hour and date is China time.
 */
export function openingHours(
  schedule: Schedule,
  calendar: CalendarData = EMPTY_CALENDAR,
  closures: readonly DateRange[] = [],
): OpeningHoursSpecification[] {
  const weekly = schedule.intervals.map((interval): OpeningHoursSpecification => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: schedule.days.map((day) => DAY_OF_WEEK[day]),
    opens: schemaTime(interval.start),
    closes: schemaTime(interval.end),
  }));
  const observed = schedule.holidays === 'observed';
  const holidays = observed ? calendar.holidays.map(closedOn) : [];
  const workdays = observed
    ? calendar.workdays.flatMap((range) =>
        schedule.intervals.map((interval): OpeningHoursSpecification => ({
          '@type': 'OpeningHoursSpecification',
          // 1970-01-01 (day 0) was a Thursday.
          dayOfWeek: DAY_OF_WEEK[(((((dayNumber(range.from) + 3) % 7) + 7) % 7) + 1) as Weekday],
          opens: schemaTime(interval.start),
          closes: schemaTime(interval.end),
          validFrom: range.from,
          validThrough: range.to,
        })),
      )
    : [];
  return [...weekly, ...holidays, ...workdays, ...closures.map(closedOn)];
}

/** A channel as a ContactPoint, or null for a channel with no machine-readable entry. */
export function contactPoint(channel: Channel, locale: Locale, calendar: CalendarData = EMPTY_CALENDAR): ContactPoint | null {
  const details = entryContact(channel.entry);
  if (!details) {
    return null;
  }
  return {
    '@type': 'ContactPoint',
    name: channel.label[locale],
    contactType: 'technical support',
    description: channel.useCase[locale],
    ...details,
    // Only what the owner declared (src/data/channels.ts): the site's own languages say nothing of the phone's.
    ...(SUPPORT_LANGUAGES.length > 0 && {availableLanguage: SUPPORT_LANGUAGES.map((language) => LANGUAGE[language])}),
    hoursAvailable: openingHours(
      getSchedule(channel.schedule),
      calendar,
      calendar.closures.filter((closure) => closes(closure, channel)),
    ),
  };
}

/** The company with every offered channel that has a phone number, address or link. */
export function organizationJsonLd(locale: Locale, siteUrl: string, calendar: CalendarData): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: COMPANY.brand,
    legalName: COMPANY.name[locale],
    url: siteUrl,
    logo: `${siteUrl}/img/logo.svg`,
    sameAs: [POLICY_LINKS.github],
    contactPoint: offeredChannels().flatMap((channel) => contactPoint(channel, locale, calendar) ?? []),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is escaped so
 * that no text in the data can close the script element.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
