/** Live status of a channel at an instant: pure, so components and tests share it. */
import {getChannel, getSchedule, STANDARD_HOURS, type Channel, type ChannelId} from '../data';
import {closes} from '../data/closures';
import type {CalendarData} from './calendar';
import {dayPlanAt, isOpen, nextClosing, nextOpeningDay, type Exceptions, type Reason} from './schedule';

export type ChannelState = 'open' | 'closed' | 'unknown';

export interface ChannelStatus {
  state: 'open' | 'closed';
  /** Where the state comes from (`data-reason`). */
  reason: Reason;
  /** The holiday or the closure's reason when one of them decides today. */
  name: string | null;
  /** For a closed channel, when it opens next. */
  opensAt: Date | null;
  /** Whether that opening falls in a year the calendar does not cover (a guess from the weekly hours). */
  opensUncalendared: boolean;
  /** For an open channel, when it closes next; null when it never closes. */
  closesAt: Date | null;
}

function exceptionsFor(channel: Channel, calendar: CalendarData): Exceptions {
  return {calendar, closures: calendar.closures.filter((closure) => closes(closure, channel))};
}

export function channelStatus(channel: Channel, instant: Date, calendar: CalendarData): ChannelStatus {
  const schedule = getSchedule(channel.schedule);
  const exceptions = exceptionsFor(channel, calendar);
  const today = dayPlanAt(schedule, instant, exceptions);
  const open = isOpen(schedule, instant, exceptions);
  const opening = open ? null : nextOpeningDay(schedule, instant, exceptions);
  return {
    state: open ? 'open' : 'closed',
    reason: today.reason,
    name: today.name,
    opensAt: opening?.at ?? null,
    opensUncalendared: opening?.plan.reason === 'uncalendared',
    closesAt: open ? nextClosing(schedule, instant, exceptions) : null,
  };
}

/**
 * Every channel's status at one instant, computed once however many badges ask
 * (the page's badges share one clock tick, so they share this too).
 */
let memo: {time: number; calendar: CalendarData; statuses: Map<ChannelId, ChannelStatus>} | null = null;

export function statusAt(id: ChannelId, instant: Date, calendar: CalendarData): ChannelStatus {
  if (!memo || memo.time !== instant.getTime() || memo.calendar !== calendar) {
    memo = {time: instant.getTime(), calendar, statuses: new Map()};
  }
  let status = memo.statuses.get(id);
  if (!status) {
    status = channelStatus(getChannel(id), instant, calendar);
    memo.statuses.set(id, status);
  }
  return status;
}

export function openChannelCount(channels: readonly Channel[], instant: Date, calendar: CalendarData): number {
  return channels.filter((channel) => statusAt(channel.id, instant, calendar).state === 'open').length;
}

export function inStandardHours(instant: Date, calendar: CalendarData): boolean {
  const schedule = getSchedule(STANDARD_HOURS);
  return isOpen(schedule, instant, {
    calendar,
    closures: calendar.closures.filter((closure) => closure.schedules?.includes(STANDARD_HOURS)),
  });
}
