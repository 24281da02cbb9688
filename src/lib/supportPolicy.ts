/**
 * The machine-readable support policy published at /support-policy.json, for
 * chatbots and integrations. Built from the same data as the pages.
 */
import {
  CHANNELS,
  FAQ,
  SCHEDULES,
  STANDARD_HOURS,
  SUPPORT_TIME_ZONE,
  type ChannelId,
  type Localized,
} from '../data';
import {channelHref, entryPolicy} from './channelEntry';
import {describeSchedule} from './format';

function localized(make: (locale: 'zh-Hans' | 'en') => string): Localized {
  return {'zh-Hans': make('zh-Hans'), en: make('en')};
}

function pageUrl(siteUrl: string, pathname: string): Localized {
  return {'zh-Hans': `${siteUrl}${pathname}`, en: `${siteUrl}/en${pathname}`};
}

const channelsWhere = (test: (channel: (typeof CHANNELS)[number]) => boolean): ChannelId[] =>
  CHANNELS.filter(test).map((channel) => channel.id);

export function buildSupportPolicy(siteUrl: string) {
  return {
    name: localized((locale) => (locale === 'en' ? 'Websoft9 support policy' : 'Websoft9 技术支持政策')),
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
    })),
    channels: CHANNELS.map((channel) => ({
      id: channel.id,
      label: channel.label,
      schedule: channel.schedule,
      useCase: channel.useCase,
      href: channelHref(channel),
      entry: {kind: channel.entry.kind, ...entryPolicy(channel.entry)},
      responseInStandardHours: channel.responseInStandardHours,
      outsideStandardHours: channel.outsideStandardHours,
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
