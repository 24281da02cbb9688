/**
 * Holidays and closures in words, both locales: for the hours table, the FAQ,
 * the notice and the policy file. Generated from the data, never typed per year.
 * The language is chosen as src/lib/wordsLocale.ts says.
 */
import {CHANNELS, getSchedule} from '../data';
import type {Channel, HolidayBehaviour, Locale} from '../data/types';

/** What China's official calendar does to a schedule, for the hours table. */
export function describeHolidayBehaviour(behaviour: HolidayBehaviour, locale: Locale): string {
  if (behaviour === 'ignored') {
    return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en' ? 'Open on public holidays too' : '节假日照常';
  }
  return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
    ? 'Closed on China’s public holidays; open on make-up working days, weekends included'
    : '法定节假日休息；调休上班日（含周末）照常服务';
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

/** Which channels close on public holidays and which stay open, as one sentence (FAQ). */
export function describeHolidayRules(locale: Locale): string {
  const byBehaviour = (behaviour: HolidayBehaviour) =>
    listChannels(
      CHANNELS.filter((channel) => getSchedule(channel.schedule).holidays === behaviour),
      locale,
    );
  return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
    ? `On China’s public holidays, ${byBehaviour('observed')} are closed, and they are staffed as usual on the make-up working days; ${byBehaviour('ignored')} stay open.`
    : `法定节假日期间，${byBehaviour('observed')}休息，调休上班日照常服务；${byBehaviour('ignored')}照常受理。`;
}

/** A date range as people write it: "10月1日至8日" / "Oct 1–8", across months "1月28日至2月4日" / "Jan 28 – Feb 4". */
export function formatDateRange(from: string, to: string, locale: Locale): string {
  const read = (date: string) => {
    const [, month, day] = date.split('-').map(Number) as [number, number, number];
    return {month, day};
  };
  const start = read(from);
  const end = read(to);
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en') {
    const month = (m: number) => new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-US', {month: 'short', timeZone: 'UTC'});
    if (from === to) {
      return `${month(start.month)} ${start.day}`;
    }
    return start.month === end.month
      ? `${month(start.month)} ${start.day}–${end.day}`
      : `${month(start.month)} ${start.day} – ${month(end.month)} ${end.day}`;
  }
  if (from === to) {
    return `${start.month}月${start.day}日`;
  }
  return start.month === end.month
    ? `${start.month}月${start.day}日至${end.day}日`
    : `${start.month}月${start.day}日至${end.month}月${end.day}日`;
}
