import type {Channel, ChannelId, Locale} from '../../data';
import type {CalendarData} from '../../lib/calendar/calendar';
import {closes} from '../../lib/calendar/closures';
import {getSchedule} from '../../lib/lookup';
import {closedBecause} from '../../lib/words/badgeWords';
import {describeSchedule, spaceMixedScripts} from '../../lib/words/format';
import {bothZones, chinaTime} from './whenText';
import {closedLabel, closesAt, openLabel, opensAt, readFrom, readingNow, unknownLabel} from './words';

/*
 * The server renders a badge before anyone knows the visitor's clock; the live
 * words arrive after hydration. The badge keeps, from the first paint, the space
 * of the longest words it can show, so that their arrival moves nothing below it
 * at any width (at 360 px and in the 205 px cards of a 1024 px window, "Replies from
 * Mon, Nov 30, 08:00 China time (13:00 tomorrow your time)" takes a third line).
 *
 * The longest time is a date in both zones; the sample is fixed (a Wednesday in
 * China time, a Tuesday in UTC, two-digit days) so that server and client write the
 * same words. Not reserved: the note about a year beyond the calendar, which a
 * page that names that year (CalendarGapNote) leaves out of its badges.
 */
const SAMPLE = new Date('2026-12-30T07:30:00+08:00');
const WEEK_BEFORE = new Date(SAMPLE.getTime() - 7 * 24 * 60 * 60 * 1000);
const SAMPLE_VISITOR_ZONE = 'UTC';

function longest(texts: readonly string[]): string {
  return texts.reduce((long, text) => (text.length > long.length ? text : long), '');
}

/**
 * The longest detail line the badge of `channel` can show: its hours in words, or
 * a time in both zones (`anyClock`), or in China time alone for a visitor whose
 * clock reads China time (`chinaClock`, kept when `<html data-clock=china>`).
 */
export function longestDetails(channel: Channel, locale: Locale): {anyClock: string; chinaClock: string} {
  return {
    anyClock: longestDetail(channel, locale, bothZones(SAMPLE, WEEK_BEFORE, locale, SAMPLE_VISITOR_ZONE)),
    chinaClock: longestDetail(channel, locale, chinaTime(SAMPLE, WEEK_BEFORE, locale)),
  };
}

function longestDetail(channel: Channel, locale: Locale, when: string): string {
  return longest([
    describeSchedule(getSchedule(channel.schedule), locale),
    opensAt(when),
    closesAt(when),
    ...(channel.attendance === 'queued' ? [readFrom(when), readingNow(channel, locale)] : []),
  ]);
}

/** The longest state label the badge of `channel` can show, holidays and closures it observes included. */
export function longestLabel(channel: Channel, calendar: CalendarData, locale: Locale): string {
  const holidays = getSchedule(channel.schedule).holidays === 'observed' ? calendar.holidays : [];
  return longest([
    openLabel(channel),
    closedLabel(),
    unknownLabel(),
    ...holidays.map(({name}) => closedBecause('holiday', name, locale)),
    ...calendar.closures.filter((closure) => closes(closure, channel)).map(({name}) => closedBecause('closure', name, locale)),
  ]);
}

/** What a badge keeps room for: its longest label, and its longest detail for any clock and for China's (spaced as shown). */
export interface BadgeReserve {
  label: string;
  anyClock: string;
  chinaClock: string;
}

const reserves = new WeakMap<CalendarData, Map<`${Locale} ${ChannelId}`, BadgeReserve>>();

/**
 * The badge's reserve, worked out once per channel for the page's calendar: badges
 * render again on every clock tick, and their reserve never changes.
 */
export function badgeReserve(channel: Channel, calendar: CalendarData, locale: Locale): BadgeReserve {
  let byChannel = reserves.get(calendar);
  if (!byChannel) {
    byChannel = new Map();
    reserves.set(calendar, byChannel);
  }
  const key = `${locale} ${channel.id}` as const;
  let reserve = byChannel.get(key);
  if (!reserve) {
    const {anyClock, chinaClock} = longestDetails(channel, locale);
    reserve = {
      label: longestLabel(channel, calendar, locale),
      anyClock: spaceMixedScripts(anyClock, locale),
      chinaClock: spaceMixedScripts(chinaClock, locale),
    };
    byChannel.set(key, reserve);
  }
  return reserve;
}
