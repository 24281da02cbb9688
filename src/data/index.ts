/** The helpdesk facts, validated; import from here rather than from the files beside it. */
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
