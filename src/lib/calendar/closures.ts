import type {Channel, Closure} from '../../data/types';

/** Whether a closure closes the channel, named directly or through its schedule. */
export function closes(closure: Pick<Closure, 'channels' | 'schedules'>, channel: Pick<Channel, 'id' | 'schedule'>): boolean {
  return Boolean(closure.channels?.includes(channel.id) || closure.schedules?.includes(channel.schedule));
}
