import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {SCOPE_GROUPS, SELF_SERVICE, type ScopeGroupId, type ScopeItem} from '../../data/scope';
import {useLocale} from '../../hooks/useLocale';
import {offeredChannels} from '../../lib/channels/channelEntry';
import ChannelLink from '../ChannelLink';

interface Props {
  /** A scope group, the self-service channels that link somewhere, or the human channels (those of the contact page). */
  list: ScopeGroupId | 'self-service' | 'human-service';
}

function items(list: Exclude<Props['list'], 'human-service'>): readonly ScopeItem[] {
  if (list === 'self-service') {
    return SELF_SERVICE;
  }
  const group = SCOPE_GROUPS.find((candidate) => candidate.id === list);
  if (!group) {
    throw new Error(
      `Unknown scope list "${list}" (known: ${SCOPE_GROUPS.map((g) => g.id).join(', ')}, self-service, human-service)`,
    );
  }
  return group.items;
}

/**
 * A list of the support scope from src/data/scope.ts, for the scope page. The
 * human channels are the contact channels a customer can use today (WeChat
 * waits for its QR codes), linked to their entries.
 */
export default function ScopeList({list}: Props): ReactNode {
  const locale = useLocale();
  if (list === 'human-service') {
    return (
      <ul>
        {offeredChannels().map((channel) => (
          <li key={channel.id}>
            <ChannelLink channel={channel.id}>{channel.label[locale]}</ChannelLink>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul>
      {items(list).map((item) => (
        <li key={item.id}>{item.to ? <Link to={item.to}>{item.text[locale]}</Link> : item.text[locale]}</li>
      ))}
    </ul>
  );
}
