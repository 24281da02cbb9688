/**
 * The facts most modules read, in one import: channels, promises, schedules, the
 * FAQ, the ticket checklist, links, and every type of ./types.ts. The scope
 * (./scope.ts), closures and hand-typed holidays (./closures.ts) and holiday names
 * (./calendarNames.ts) are imported from their own files by the few modules that
 * need them. Facts only: lookups by id are in src/lib/lookup.ts, and the build
 * validates everything here (src/node/validate).
 */
import {CHANNELS, LANGUAGE_NAMES, RECOMMENDED_CHANNEL, RESPONSE_PROMISES, SUPPORT_LANGUAGES} from './channels';
import {FAQ, FAQ_IDS} from './faq';
import {SCHEDULES, STANDARD_HOURS, SUPPORT_TIME_ZONE} from './hours';

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
