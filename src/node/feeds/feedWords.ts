/**
 * Every sentence the build writes in both languages for machines and calendars:
 * the support policy file (supportPolicy.ts) and the calendar feeds
 * (supportCalendar.ts). One entry per locale; the callers pass the facts, the
 * words here only say them. The pages' words are in code.json and the MDX.
 */
import type {Channel, Locale} from '../../data';
import {listChannels} from '../../lib/words/calendarWords';

/** An event's title and body in a calendar feed. */
export interface EventText {
  summary: string;
  description: string;
}

/** A statutory holiday and what it does to the channels offered today. */
export interface HolidayFacts {
  name: string;
  /** The year's arrangement is not published yet: only the days off the law fixes are known. */
  lawFixed: boolean;
  year: string;
  /** Offered channels closed on holidays. */
  closed: readonly Channel[];
  /** Live channels that keep their hours. */
  open: readonly Channel[];
  /** Queued channels that keep taking messages, read in standard hours. */
  queued: readonly Channel[];
  /** The standard support hours in words. */
  standardHours: string;
}

/** A make-up working day and the hours the channels that observe holidays keep on it. */
export interface WorkdayFacts {
  name: string;
  /** Channels with the same hours, named together. */
  groups: readonly {hours: string; channels: readonly Channel[]}[];
  /** The standard hours' intervals, when they observe holidays (and so apply on the day). */
  standardHours: string | null;
}

/** An announced closure. */
export interface ClosureFacts {
  reason: string;
  closed: readonly Channel[];
  /** The standard support hours are closed too: the queues are not read. */
  standardHoursClosed: boolean;
  /** Some offered channels stay open. */
  othersOpen: boolean;
}

interface FeedWords {
  policyName: string;
  /** The policy's explanation of its `calendar` block. */
  policyCalendar: string;
  /** The policy's explanation of `attendance`. */
  policyAttendance: string;
  feedName: string;
  feedDescription: (years: string) => string;
  /** The years the feed lists; either may be empty. */
  feedYears: (full: string, lawFixed: string) => string;
  holiday: (facts: HolidayFacts) => EventText;
  workday: (facts: WorkdayFacts) => EventText;
  closure: (facts: ClosureFacts) => EventText;
}

const sentences = (parts: (string | false)[], separator: string) => parts.filter(Boolean).join(separator);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const FEED_WORDS: Record<Locale, FeedWords> = {
  'zh-Hans': {
    policyName: 'Websoft9 技术支持政策',
    policyCalendar:
      '中国法定节假日与调休上班日（北京时间日期，含首尾两天）。holidays 为 "observed" 的时间表在节假日休息、在调休上班日按自身时间服务；"ignored" 的始终按每周时间。coveredYears 中的年份列出了全部节假日与调休上班日。lawFixedYears 中的年份只列出《全国年节及纪念日放假办法》每年固定的假日（元旦、除夕及正月初一至初三、清明、5 月 1 日至 2 日、端午、中秋、10 月 1 日至 3 日），按农历推算；国务院对该年的放假调休安排（连休日、调休上班日）尚未收录，其余日期按每周时间。其他年份按每周时间，节假日未知。',
    policyAttendance:
      'live：服务时间内由人实时接听或回复。queued：任何时间都可提交，由团队在标准支持时间内处理；responseInStandardHours 只适用于标准支持时间内收到的消息。',
    feedName: 'Websoft9 技术支持：节假日与暂停服务',
    feedDescription: (years) =>
      `中国法定节假日、调休上班日和 Websoft9 支持团队公布的暂停服务，并注明受影响的支持渠道。日期为北京时间。${years}`,
    feedYears: (full, lawFixed) =>
      sentences([full && `收录年份：${full}。`, lawFixed && `${lawFixed} 年目前仅含法定放假日。`], ''),
    holiday: ({name, lawFixed, year, closed, open, queued, standardHours}) => {
      const title = lawFixed ? `${name}（法定放假日）` : name;
      const locale = 'zh-Hans';
      return {
        summary: closed.length > 0 ? `${title}：${listChannels(closed, locale)}休息` : title,
        description: sentences(
          [
            lawFixed ? `法定放假日。${year} 年的调休上班日尚未收入我们的日历。` : '法定节假日。',
            closed.length > 0 && `${listChannels(closed, locale)}休息。`,
            open.length > 0 && `${listChannels(open, locale)}照常服务。`,
            queued.length > 0 && `${listChannels(queued, locale)}照常受理，团队在标准支持时间处理：${standardHours}。`,
          ],
          '',
        ),
      };
    },
    workday: ({name, groups, standardHours}) => ({
      summary: `调休上班日（${name}）`,
      description: sentences(
        [
          `${name}调休，当天按工作日安排。`,
          ...groups.map(({hours, channels}) => `${listChannels(channels, 'zh-Hans')}：${hours}（北京时间）服务。`),
          standardHours !== null && `标准支持时间照常：${standardHours}（北京时间）。`,
        ],
        '',
      ),
    }),
    closure: ({reason, closed, standardHoursClosed, othersOpen}) => {
      const names = listChannels(closed, 'zh-Hans');
      return {
        summary: closed.length > 0 ? `因${reason}暂停服务：${names}` : `因${reason}暂停服务`,
        description: sentences(
          [
            closed.length > 0 ? `因${reason}，${names}暂停服务。` : `因${reason}暂停服务。`,
            standardHoursClosed && '标准支持时间暂停，团队在恢复后处理消息。',
            othersOpen && '其他渠道按常规时间服务。',
          ],
          '',
        ),
      };
    },
  },
  en: {
    policyName: 'Websoft9 support policy',
    policyCalendar:
      'China’s statutory holidays and make-up working days (dates in China time, both ends included). A schedule with holidays "observed" is closed on the holidays and keeps its own hours on the make-up days; "ignored" keeps its weekly hours. A year in coveredYears has all its holidays and make-up days listed. A year in lawFixedYears has only the days off that China’s law fixes every year (《全国年节及纪念日放假办法》: 1 January, the lunar New Year’s Eve and the first three days of the lunar year, Qingming, 1–2 May, the Dragon Boat Festival, the Mid-Autumn Festival, 1–3 October) listed as holidays, computed from the lunar calendar; the State Council’s arrangement for it (bridging days, make-up working days) is not in this data yet, so its other days follow the weekly hours. In any other year, the weekly hours apply and holidays are unknown.',
    policyAttendance:
      'live: a person answers while the channel is open. queued: messages are accepted at any hour and read by the team during standard hours; responseInStandardHours applies to messages received in standard hours.',
    feedName: 'Websoft9 support: holidays and closures',
    feedDescription: (years) =>
      `China’s statutory holidays, make-up working days and closures announced by the Websoft9 support team, with the support channels each one changes. Dates in China time. ${years}`,
    feedYears: (full, lawFixed) =>
      sentences([full && `Years: ${full}.`, lawFixed && `${lawFixed}: only the days off fixed by law so far.`], ' '),
    holiday: ({name, lawFixed, year, closed, open, queued, standardHours}) => {
      const title = lawFixed ? `${name} (days off fixed by law)` : name;
      const locale = 'en';
      return {
        summary: closed.length > 0 ? `${title}: ${listChannels(closed, locale)} closed` : title,
        description: sentences(
          [
            lawFixed
              ? `Days off fixed by law. Make-up working days for ${year} are not yet in our calendar.`
              : 'Statutory holiday.',
            closed.length > 0 && `Closed: ${listChannels(closed, locale)}.`,
            open.length > 0 && `Open as usual: ${listChannels(open, locale)}.`,
            queued.length > 0 &&
              `${capitalized(listChannels(queued, locale))} ${queued.length > 1 ? 'accept' : 'accepts'} messages as usual; the team reads them in standard support hours (${standardHours}).`,
          ],
          ' ',
        ),
      };
    },
    workday: ({name, groups, standardHours}) => ({
      summary: `Make-up working day (${name})`,
      description: sentences(
        [
          `A working day in China in exchange for days off around ${name}.`,
          ...groups.map(({hours, channels}) => `${capitalized(listChannels(channels, 'en'))}: open ${hours} China time.`),
          standardHours !== null && `Standard support hours apply: ${standardHours} China time.`,
        ],
        ' ',
      ),
    }),
    closure: ({reason, closed, standardHoursClosed, othersOpen}) => {
      const names = listChannels(closed, 'en');
      return {
        summary: closed.length > 0 ? `Closed for ${reason}: ${names}` : `Closed for ${reason}`,
        description: sentences(
          [
            closed.length > 0 ? `Closed for ${reason}: ${names}.` : `Closed for ${reason}.`,
            standardHoursClosed && 'Standard support hours are suspended: the team reads messages again when they resume.',
            othersOpen && 'Other channels keep their usual hours.',
          ],
          ' ',
        ),
      };
    },
  },
};
