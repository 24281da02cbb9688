/** A channel or a schedule of src/data by its id; an unknown id throws, naming the known ones. */
import {CHANNELS, SCHEDULES, type Channel, type ChannelId, type Schedule, type ScheduleId} from '../data';

export function getChannel(id: ChannelId): Channel {
  const channel = CHANNELS.find((candidate) => candidate.id === id);
  if (!channel) {
    throw new Error(`Unknown helpdesk channel "${id}" (known: ${CHANNELS.map((c) => c.id).join(', ')})`);
  }
  return channel;
}

export function getSchedule(id: ScheduleId): Schedule {
  const schedule = SCHEDULES.find((candidate) => candidate.id === id);
  if (!schedule) {
    throw new Error(`Unknown helpdesk schedule "${id}" (known: ${SCHEDULES.map((s) => s.id).join(', ')})`);
  }
  return schedule;
}
