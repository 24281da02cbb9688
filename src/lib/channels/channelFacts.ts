/**
 * Sentences about channels built from the data: which channels a sentence
 * names (by what they promise, only those a customer can use today), how a
 * list of them is joined, and when each answers. Pure, shared by the FAQ's
 * rich text, the live panel, JSON-LD and tests.
 */
import {LANGUAGE_NAMES, SUPPORT_LANGUAGES, type Channel, type ChannelSelector, type Locale} from '../../data';
import {offeredChannels} from './channelEntry';
import {describeSchedule} from '../words/format';
import {getSchedule} from '../lookup';

function selects(selector: ChannelSelector, channel: Channel): boolean {
  return 'response' in selector
    ? channel.responseInStandardHours === selector.response
    : channel.outsideStandardHours === selector.outsideStandardHours;
}

/**
 * The usable channels `selector` picks, in data order. None is an error: a
 * sentence that names no channel would read "请通过联系我们", so the build
 * stops and names the selector instead.
 */
export function selectChannels(selector: ChannelSelector): Channel[] {
  const selected = offeredChannels().filter((channel) => selects(selector, channel));
  if (selected.length === 0) {
    throw new Error(`No usable channel matches ${JSON.stringify(selector)}: reword the sentences that name these channels`);
  }
  return selected;
}

/** How a list reads: joined by "and", by "or", or (in Chinese) by 、 alone, as the holiday sentences enumerate. */
export type ListKind = 'and' | 'or' | 'series';

/**
 * The separators of each kind of list: between two items, and before the last of
 * three or more. They are Intl.ListFormat's (CLDR's) patterns written out, because
 * a page's first Intl call loads ICU's data (tests/e2e/main-thread.spec.ts);
 * format.test.ts checks them against Intl.ListFormat: `and`/`or` are the long
 * conjunction/disjunction of zh-Hans and en-GB (no comma before "and"), `series`
 * the narrow conjunction in Chinese and the long one in English.
 */
const LIST_SEPARATORS: Record<Locale, Record<ListKind, {between: string; last: string}>> = {
  'zh-Hans': {and: {between: '、', last: '和'}, or: {between: '、', last: '或'}, series: {between: '、', last: '、'}},
  en: {and: {between: ', ', last: ' and '}, or: {between: ', ', last: ' or '}, series: {between: ', ', last: ' and '}},
};

/**
 * `items` with the separators of a list between them: "A、B或C" / "A, B or C".
 * Items stay items (links, elements); only the separators are strings.
 */
export function joinList<T>(items: readonly T[], locale: Locale, kind: ListKind): (T | string)[] {
  const {between, last} = LIST_SEPARATORS[locale][kind];
  return items.flatMap((item, index) => {
    if (index === 0) {
      return [item];
    }
    return [index === items.length - 1 ? last : between, item];
  });
}

const WEEKDAY_FIRST = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A schedule in words for the middle of a sentence: English lower-cases "Every day…", not "Monday…". */
export function hoursInText(scheduleText: string, locale: Locale): string {
  return locale === 'en' && !WEEKDAY_FIRST.test(scheduleText)
    ? scheduleText.charAt(0).toLowerCase() + scheduleText.slice(1)
    : scheduleText;
}

/**
 * When a channel answers, as a clause, holidays included: "电话的服务时间为每天（含周末）08:00–17:30（北京时间），
 * 法定节假日休息" / "Phone support is available every day, weekends included, 08:00–17:30 China time, except on
 * public holidays".
 */
export function hoursClause(channel: Channel, locale: Locale): string {
  const schedule = getSchedule(channel.schedule);
  const hours = hoursInText(describeSchedule(schedule, locale), locale);
  const observed = schedule.holidays === 'observed';
  if (locale === 'en') {
    return `${channel.label.en} support is available ${hours}${observed ? ', except on Chinese public holidays' : ''}`;
  }
  return `${channel.inText['zh-Hans']}的服务时间为${hours}${observed ? '，法定节假日休息' : ''}`;
}

/** The hours clauses of several channels, as one run of text. */
export function hoursText(channels: readonly Channel[], locale: Locale): string {
  return channels.map((channel) => hoursClause(channel, locale)).join(locale === 'en' ? '. ' : '；');
}

/** The languages support answers in, joined: "中文和英文" / "Chinese and English"; empty when none is declared. */
export function supportLanguagesText(locale: Locale): string {
  return joinList(
    SUPPORT_LANGUAGES.map((language) => LANGUAGE_NAMES[language][locale]),
    locale,
    'and',
  ).join('');
}
