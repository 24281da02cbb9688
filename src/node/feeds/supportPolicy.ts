/**
 * The machine-readable support policy published at /support-policy.json, for
 * chatbots and integrations. Built from the same data as the pages.
 */
import {
  FAQ,
  SCHEDULES,
  STANDARD_HOURS,
  SUPPORT_TIME_ZONE,
  type Channel,
  type ChannelId,
  type Locale,
  type Localized,
} from '../../data';
import {FEED_WORDS} from './feedWords';
import type {SourceCalendar} from '../../lib/calendar/calendar';
import {channelHref, entryPolicy, offeredChannels} from '../../lib/channels/channelEntry';
import {describeHolidayBehaviour} from '../../lib/words/calendarWords';
import {describeSchedule} from '../../lib/words/format';
import {closes} from '../../lib/calendar/closures';

function localized(make: (locale: Locale) => string): Localized {
  return {'zh-Hans': make('zh-Hans'), en: make('en')};
}

function pageUrl(siteUrl: string, pathname: string): Localized {
  return {'zh-Hans': `${siteUrl}${pathname}`, en: `${siteUrl}/en${pathname}`};
}

/** Only channels a customer can use today are published: a channel without an entry has no promise to state. */
const channelsWhere = (test: (channel: Channel) => boolean): ChannelId[] =>
  offeredChannels()
    .filter(test)
    .map((channel) => channel.id);

/** The policy with the calendar the build shipped (plugins/helpdesk-data loads it). */
export function buildSupportPolicy(siteUrl: string, calendar: SourceCalendar) {
  return {
    name: localized((locale) => FEED_WORDS[locale].policyName),
    timeZone: SUPPORT_TIME_ZONE,
    intervalsAreHalfOpen: true,
    standardHours: STANDARD_HOURS,
    schedules: SCHEDULES.map((schedule) => ({
      id: schedule.id,
      notation: schedule.notation,
      timeZone: schedule.timeZone,
      isoWeekdays: schedule.days,
      intervals: schedule.intervals,
      holidays: schedule.holidays,
      description: localized((locale) => describeSchedule(schedule, locale)),
      holidayDescription: localized((locale) => describeHolidayBehaviour(schedule.holidays, locale)),
    })),
    calendar: {
      description: localized((locale) => FEED_WORDS[locale].policyCalendar),
      source: calendar.source,
      coveredYears: calendar.years,
      lawFixedYears: calendar.lawFixedYears,
      holidays: calendar.holidays,
      makeUpWorkdays: calendar.workdays,
      closures: calendar.closures.map((closure) => ({
        id: closure.id,
        from: closure.from,
        to: closure.to,
        channels: channelsWhere((channel) => closes(closure, channel)),
        // A closure of the standard hours delays the queued channels' replies (the embed reads it here).
        ...(closure.schedules && {schedules: closure.schedules}),
        reason: closure.reason,
      })),
    },
    attendance: {
      description: localized((locale) => FEED_WORDS[locale].policyAttendance),
      live: channelsWhere((channel) => channel.attendance === 'live'),
      queued: channelsWhere((channel) => channel.attendance === 'queued'),
    },
    channels: offeredChannels().map((channel) => ({
      id: channel.id,
      label: channel.label,
      schedule: channel.schedule,
      useCase: channel.useCase,
      href: channelHref(channel),
      entry: {kind: channel.entry.kind, ...entryPolicy(channel.entry)},
      responseInStandardHours: channel.responseInStandardHours,
      outsideStandardHours: channel.outsideStandardHours,
      attendance: channel.attendance,
    })),
    responsePromises: {
      inStandardHours: {
        realTime: channelsWhere((channel) => channel.responseInStandardHours === 'real-time'),
        withinOneHour: channelsWhere((channel) => channel.responseInStandardHours === 'within-1-hour'),
      },
      outsideStandardHours: {
        firstChoice: channelsWhere((channel) => channel.outsideStandardHours === 'first-choice'),
        urgentOnly: channelsWhere((channel) => channel.outsideStandardHours === 'urgent-only'),
      },
    },
    pages: {
      contact: pageUrl(siteUrl, '/helpdesk/contact'),
      faq: pageUrl(siteUrl, '/helpdesk/faq'),
    },
    faq: FAQ.map((entry) => ({
      id: entry.id,
      question: entry.question,
      url: localized((locale) => `${pageUrl(siteUrl, '/helpdesk/faq')[locale]}#${entry.id}`),
    })),
  };
}
