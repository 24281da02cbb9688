import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {channelHref, getChannel, type Channel, type ChannelId} from '../../data';
import {useLocale} from '../../hooks/useLocale';

/** The anchor of a channel's row in the ChannelTable. */
export function channelRowId(channel: ChannelId): string {
  return `channel-${channel}`;
}

/** The text a link to the channel shows by default: the form's action, the address, the number. */
function defaultText(channel: Channel, locale: 'zh-Hans' | 'en'): string {
  switch (channel.entry.kind) {
    case 'form':
    case 'qq-group':
      return channel.entry.label[locale];
    case 'email':
      return channel.entry.address;
    case 'phone':
      return channel.entry.display;
    case 'wechat':
      return channel.label[locale];
  }
}

interface Props {
  channel: ChannelId;
  /** Replaces the default link text. */
  children?: ReactNode;
  className?: string;
}

/**
 * A real link to a channel: the ticket form, `mailto:`, `tel:`, the QQ join page.
 * WeChat is scanned, not linked, so it points to its row in the contact table.
 */
export default function ChannelLink({channel: id, children, className}: Props): ReactNode {
  const locale = useLocale();
  const channel = getChannel(id);
  const text = children ?? defaultText(channel, locale);
  const href = channelHref(channel);
  if (!href) {
    return (
      <Link className={className} to={`/helpdesk/contact#${channelRowId(id)}`}>
        {text}
      </Link>
    );
  }
  const external = href.startsWith('http');
  return (
    <a
      className={className}
      href={href}
      {...(external && {target: '_blank', rel: 'noopener noreferrer'})}>
      {text}
    </a>
  );
}
