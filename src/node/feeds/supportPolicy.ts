/**
 * The machine-readable support policy published at /support-policy.json, for
 * chatbots and integrations. Built from the same data as the pages.
 */
import {FAQ, SCHEDULES, STANDARD_HOURS, SUPPORT_TIME_ZONE, type Channel, type ChannelId, type Localized} from '../../data';
import type {SourceCalendar} from '../../lib/calendar/calendar';
import {channelHref, entryPolicy, offeredChannels} from '../../lib/channels/channelEntry';
import {describeHolidayBehaviour} from '../../lib/words/calendarWords';
import {describeSchedule} from '../../lib/words/format';
import {closes} from '../../lib/calendar/closures';

function localized(make: (locale: 'zh-Hans' | 'en') => string): Localized {
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
      holidayDescription: localized((locale) => describeHolidayBehaviour(schedule.holidays, locale)),
    })),
    calendar: {
      description: localized((locale) =>
        locale === 'en'
          ? 'China’s statutory holidays and make-up working days (dates in China time, both ends included). A schedule with holidays "observed" is closed on the holidays and keeps its own hours on the make-up days; "ignored" keeps its weekly hours. A year in coveredYears has all its holidays and make-up days listed. A year in lawFixedYears has only the days off that China’s law fixes every year (《全国年节及纪念日放假办法》: 1 January, the lunar New Year’s Eve and the first three days of the lunar year, Qingming, 1–2 May, the Dragon Boat Festival, the Mid-Autumn Festival, 1–3 October) listed as holidays, computed from the lunar calendar; the State Council’s arrangement for it (bridging days, make-up working days) is not in this data yet, so its other days follow the weekly hours. In any other year, the weekly hours apply and holidays are unknown.'
          : '中国法定节假日与调休上班日（北京时间日期，含首尾两天）。holidays 为 "observed" 的时间表在节假日休息、在调休上班日按自身时间服务；"ignored" 的始终按每周时间。coveredYears 中的年份列出了全部节假日与调休上班日。lawFixedYears 中的年份只列出《全国年节及纪念日放假办法》每年固定的假日（元旦、除夕及正月初一至初三、清明、5 月 1 日至 2 日、端午、中秋、10 月 1 日至 3 日），按农历推算；国务院对该年的放假调休安排（连休日、调休上班日）尚未收录，其余日期按每周时间。其他年份按每周时间，节假日未知。',
      ),
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
      description: localized((locale) =>
        locale === 'en'
          ? 'live: a person answers while the channel is open. queued: messages are accepted at any hour and read by the team during standard hours; responseInStandardHours applies to messages received in standard hours.'
          : 'live：服务时间内由人实时接听或回复。queued：任何时间都可提交，由团队在标准支持时间内处理；responseInStandardHours 只适用于标准支持时间内收到的消息。',
      ),
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
