import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {CHANNELS} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import {isUsable} from '../../lib/channels/channelEntry';
import {joinList} from '../../lib/channels/channelFacts';

/**
 * The one sentence the contact page may say about channels that have no usable
 * entry yet (WeChat before its QR codes are published); nothing when every channel
 * is offered. Everywhere else such a channel simply does not appear.
 */
export default function PendingChannels(): ReactNode {
  const locale = useLocale();
  const pending = CHANNELS.filter((channel) => !isUsable(channel));
  if (pending.length === 0) {
    return null;
  }
  return (
    <p data-pending-channels={pending.map((channel) => channel.id).join(' ')}>
      <Translate
        id="helpdesk.pendingChannels"
        values={{
          channels: joinList(
            pending.map((channel) => channel.label[locale]),
            locale,
            'and',
          ).join(''),
        }}>
        {'{channels}的联系入口尚未发布，发布后会列在上表中。'}
      </Translate>
    </p>
  );
}
