/**
 * Sentences about channels built from the data: which channels a sentence
 * names (by what they promise, only those a customer can use today), how a
 * list of them is joined, and when each is staffed. Pure, shared by the FAQ's
 * rich text, the live panel, JSON-LD and tests.
 */
import {
  CHANNELS,
  LANGUAGE_NAMES,
  SUPPORT_LANGUAGES,
  getSchedule,
  type Channel,
  type ChannelSelector,
  type Locale,
} from '../data';
import {isUsable} from './channelEntry';
import {describeSchedule} from './format';

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
  const selected = CHANNELS.filter((channel) => isUsable(channel) && selects(selector, channel));
  if (selected.length === 0) {
    throw new Error(`No usable channel matches ${JSON.stringify(selector)}: reword the sentences that name these channels`);
  }
  return selected;
}

/**
 * `items` with the separators of a list between them: "A、B或C" / "A, B or C".
 * Items stay items (links, elements); only the separators are strings.
 */
export function joinList<T>(items: readonly T[], locale: Locale, conjunction: 'or' | 'and'): (T | string)[] {
  const last = locale === 'en' ? ` ${conjunction} ` : conjunction === 'or' ? '或' : '和';
  const comma = locale === 'en' ? ', ' : '、';
  return items.flatMap((item, index) => {
    if (index === 0) {
      return [item];
    }
    return [index === items.length - 1 ? last : comma, item];
  });
}

const WEEKDAY_FIRST = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A schedule in words for the middle of a sentence: English lower-cases "Every day…", not "Monday…". */
export function hoursInText(scheduleText: string, locale: Locale): string {
  return locale === 'en' && !WEEKDAY_FIRST.test(scheduleText)
    ? scheduleText.charAt(0).toLowerCase() + scheduleText.slice(1)
    : scheduleText;
}

/** When the channel is staffed, as a clause: "电话的服务时间为…" / "The phone is staffed every day, …". */
export function staffedClause(channel: Channel, locale: Locale): string {
  const hours = hoursInText(describeSchedule(getSchedule(channel.schedule), locale), locale);
  if (locale === 'en') {
    const name = channel.inText.en;
    return `${name.charAt(0).toUpperCase()}${name.slice(1)} is staffed ${hours}`;
  }
  return `${channel.inText['zh-Hans']}的服务时间为${hours}`;
}

/** The staffed clauses of several channels, as one run of text. */
export function staffedText(channels: readonly Channel[], locale: Locale): string {
  return channels.map((channel) => staffedClause(channel, locale)).join(locale === 'en' ? '. ' : '；');
}

/** The languages support answers in, joined: "中文和英文" / "Chinese and English". */
export function supportLanguagesText(locale: Locale): string {
  return joinList(
    SUPPORT_LANGUAGES.map((language) => LANGUAGE_NAMES[language][locale]),
    locale,
    'and',
  ).join('');
}
