/** The helpdesk facts, validated; import from here rather than from the files beside it. */
import {CHANNELS, LANGUAGE_NAMES, RECOMMENDED_CHANNEL, RESPONSE_PROMISES, SUPPORT_LANGUAGES} from './channels';
import {FAQ, FAQ_IDS} from './faq';
import {SCHEDULES, STANDARD_HOURS, SUPPORT_TIME_ZONE} from './hours';
import type {Channel, ChannelId, Schedule, ScheduleId} from './types';

export {
  CHANNELS,
  LANGUAGE_NAMES,
  RECOMMENDED_CHANNEL,
  RESPONSE_PROMISES,
  SUPPORT_LANGUAGES,
  FAQ,
  FAQ_IDS,
  SCHEDULES,
  STANDARD_HOURS,
  SUPPORT_TIME_ZONE,
};
export * from './types';
export type {FaqEntry, FaqId, Block, Inline} from './faq';
export {TICKET_CHECKLIST, SUPPORT_EMAIL_SUBJECT, SUPPORT_EMAIL_INTRO} from './ticket';
export {POLICY_LINKS, COMPANY, type PolicyLinkId} from './links';

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
