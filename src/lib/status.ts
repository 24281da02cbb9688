/** Live status of a channel at an instant: pure, so components and tests share it. */
import {getSchedule, STANDARD_HOURS, type Channel} from '../data';
import {isOpen, nextClosing, nextOpening} from './schedule';

export type ChannelState = 'open' | 'closed' | 'unknown';

export interface ChannelStatus {
  state: 'open' | 'closed';
  /** For a closed channel, when it opens next. */
  opensAt: Date | null;
  /** For an open channel, when it closes next; null when it never closes. */
  closesAt: Date | null;
}

export function channelStatus(channel: Channel, instant: Date): ChannelStatus {
  const schedule = getSchedule(channel.schedule);
  const open = isOpen(schedule, instant);
  return {
    state: open ? 'open' : 'closed',
    opensAt: open ? null : nextOpening(schedule, instant),
    closesAt: open ? nextClosing(schedule, instant) : null,
  };
}

export function inStandardHours(instant: Date): boolean {
  return isOpen(getSchedule(STANDARD_HOURS), instant);
}
