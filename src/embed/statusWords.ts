/**
 * The words of the embeddable status element, both languages in one file (the
 * element chooses by its `lang` attribute). Minimal and true, as the site's
 * badges: a live channel is open or closed, a queued channel is accepting and,
 * outside standard hours, says when the team reads it; no queued channel is ever
 * called staffed or online. Holiday and closure reasons, times and the
 * "not in our calendar yet" note are the site's own functions.
 */
import type {Locale} from '../data/types';
import {closedBecause, uncalendaredNote} from '../lib/words/badgeWords';
import {SUPPORT_TIME_ZONE_NAME} from '../lib/words/format';
import {formatComingTime, isoDateIn, sameAsVisitorClock} from '../lib/words/formatTime';
import {VISITOR_CLOCK} from '../lib/time/schedule';
import type {ChannelRow} from './statusModel';

const CHINA = 'Asia/Shanghai';

const WORDS = {
  'zh-Hans': {
    open: '服务中',
    accepting: '受理中',
    closed: '非服务时间',
    opens: (when: string) => `下次服务：${when}`,
    replies: (when: string) => `团队将于${when}起处理`,
    china: (time: string) => `北京时间${time}`,
    own: (china: string, own: string) => `${china}（您当地时间${own}）`,
    all: '全部联系方式',
  },
  en: {
    open: 'Open now',
    accepting: 'Accepting',
    closed: 'Closed',
    opens: (when: string) => `Opens ${when}`,
    replies: (when: string) => `Replies from ${when}`,
    china: (time: string) => `${time} ${SUPPORT_TIME_ZONE_NAME.en}`,
    own: (china: string, own: string) => `${china} (${own} your time)`,
    all: 'All support channels',
  },
} satisfies Record<Locale, unknown>;

export const linkText = (locale: Locale) => WORDS[locale].all;

/** A coming instant in China time, plus the visitor's own clock when it reads differently. */
function when(instant: Date, now: Date, locale: Locale): string {
  const words = WORDS[locale];
  const china = words.china(formatComingTime(instant, now, locale, CHINA));
  return sameAsVisitorClock(instant, CHINA) ? china : words.own(china, formatComingTime(instant, now, locale, VISITOR_CLOCK));
}

/** The headline: "服务中" / "Open now", "受理中" / "Accepting", or why it is closed. */
export function stateText(row: ChannelRow, locale: Locale): string {
  const words = WORDS[locale];
  if (row.state === 'open') {
    return row.attendance === 'queued' ? words.accepting : words.open;
  }
  return row.name && (row.reason === 'holiday' || row.reason === 'closure')
    ? closedBecause(row.reason, row.name, locale)
    : words.closed;
}

/** The line below: when it opens, or when the team reads a queued channel; empty when there is nothing to add. */
export function detailText(row: ChannelRow, now: Date, locale: Locale): string {
  const words = WORDS[locale];
  const parts: string[] = [];
  if (row.opensAt) {
    parts.push(words.opens(when(row.opensAt, now, locale)));
  } else if (row.repliesFrom && row.repliesFrom.getTime() !== now.getTime()) {
    parts.push(words.replies(when(row.repliesFrom, now, locale)));
  }
  if (row.reason === 'uncalendared') {
    parts.push(uncalendaredNote(isoDateIn(now, CHINA).slice(0, 4), locale));
  }
  return parts.join(' ');
}
