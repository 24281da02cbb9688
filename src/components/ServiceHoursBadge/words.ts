import {translate} from '@docusaurus/Translate';
import {RESPONSE_PROMISES, type Channel, type Locale} from '../../data';

/**
 * The badge's sentences, each written once: the live badge says one of them, and
 * reserve.ts measures them all for the space the badge keeps.
 */
export const opensAt = (when: string) => translate({id: 'helpdesk.status.opensAt', message: '下次服务：{when}'}, {when});
export const closesAt = (when: string) => translate({id: 'helpdesk.status.closesAt', message: '服务至{when}'}, {when});
export const readFrom = (when: string) => translate({id: 'helpdesk.status.readFrom', message: '{when}起处理'}, {when});

/** A queued channel inside standard hours: the team reads it now. */
export function readingNow(channel: Channel, locale: Locale): string {
  const promise = channel.responseInStandardHours;
  return promise
    ? translate(
        {id: 'helpdesk.status.readingNowPromise', message: '正值标准支持时间：{promise}'},
        {promise: RESPONSE_PROMISES[promise].phrase[locale]},
      )
    : translate({id: 'helpdesk.status.readingNow', message: '正值标准支持时间，团队正在处理'});
}

/**
 * The headline word. A live channel is "服务中 / Open now" while a person answers
 * there; a queued channel (ticket, email) is "受理中 / Accepting": it takes messages,
 * which is not the same as someone reading them now.
 */
export const openLabel = (channel: Channel) =>
  channel.attendance === 'queued'
    ? translate({id: 'helpdesk.status.accepting', message: '受理中'})
    : translate({id: 'helpdesk.status.open', message: '服务中'});
export const closedLabel = () => translate({id: 'helpdesk.status.closed', message: '非服务时间'});
export const unknownLabel = () => translate({id: 'helpdesk.status.unknown', message: '服务时间'});
