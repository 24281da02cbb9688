/**
 * Holidays and closures in words, both locales: for the hours table, the FAQ,
 * the notice and the policy file. Generated from the data, never typed per year.
 * The language is chosen as src/lib/words/wordsLocale.ts says.
 */
import type {Channel, HolidayBehaviour, Locale} from '../../data/types';
import {offeredChannels} from '../channels/channelEntry';
import {getSchedule} from '../lookup';
import {MONTH_NAMES_EN} from './formatTime';

/** What China's official calendar does to a schedule, for the hours table. */
export function describeHolidayBehaviour(behaviour: HolidayBehaviour, locale: Locale): string {
  if (behaviour === 'ignored') {
    return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en' ? 'Open on public holidays too' : '节假日照常';
  }
  return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
    ? 'Closed on Chinese public holidays; normal hours on official make-up working days'
    : '法定节假日休息；调休上班日照常服务';
}

/** A sentence-case English label inside a sentence: "Phone" → "phone", but "QQ group" and "WeChat" stay. */
function inRunningText(label: string): string {
  return /^[A-Z][a-z]+(?:\s|$)/.test(label) && !/^\S*[a-z][A-Z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** Channel names as a list in running text: "support ticket, email and phone" / "工单、邮箱、电话". */
export function listChannels(channels: readonly Channel[], locale: Locale): string {
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) !== 'en') {
    return channels.map((channel) => channel.label[locale]).join('、');
  }
  const labels = channels.map((channel) => inRunningText(channel.label.en));
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * Which channels close on public holidays and which stay open, as one sentence (FAQ).
 * Only the channels a customer can use today are named (offeredChannels).
 */
export function describeHolidayRules(locale: Locale): string {
  const byBehaviour = (behaviour: HolidayBehaviour) =>
    offeredChannels().filter((channel) => getSchedule(channel.schedule).holidays === behaviour);
  const closed = byBehaviour('observed');
  const open = byBehaviour('ignored');
  if (closed.length === 0) {
    return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
      ? 'Every channel keeps its normal hours on Chinese public holidays.'
      : '法定节假日期间各渠道照常服务。';
  }
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en') {
    const one = closed.length === 1;
    return (
      `On Chinese public holidays, the ${listChannels(closed, locale)} ${one ? 'is' : 'are'} closed, and on official ` +
      `make-up working days ${one ? 'it keeps its' : 'they keep their'} normal hours` +
      (open.length > 0 ? `; you can still reach us by ${listChannels(open, locale)}.` : '.')
    );
  }
  return `法定节假日期间，${listChannels(closed, locale)}休息，调休上班日照常服务${
    open.length > 0 ? `；${listChannels(open, locale)}照常受理` : ''
  }。`;
}

/**
 * A date range as people write it: "10 月 1 日至 8 日" / "Oct 1–8", across months
 * "1 月 28 日至 2 月 4 日" / "Jan 28 – Feb 4" (digits set apart from Chinese
 * characters by a space, as everywhere on the site: "2026 年", "1 小时").
 */
export function formatDateRange(from: string, to: string, locale: Locale): string {
  const read = (date: string) => {
    const [, month, day] = date.split('-').map(Number) as [number, number, number];
    return {month, day};
  };
  const start = read(from);
  const end = read(to);
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en') {
    const month = (m: number) => MONTH_NAMES_EN[m - 1];
    if (from === to) {
      return `${month(start.month)} ${start.day}`;
    }
    return start.month === end.month
      ? `${month(start.month)} ${start.day}–${end.day}`
      : `${month(start.month)} ${start.day} – ${month(end.month)} ${end.day}`;
  }
  if (from === to) {
    return `${start.month} 月 ${start.day} 日`;
  }
  return start.month === end.month
    ? `${start.month} 月 ${start.day} 日至 ${end.day} 日`
    : `${start.month} 月 ${start.day} 日至 ${end.month} 月 ${end.day} 日`;
}
