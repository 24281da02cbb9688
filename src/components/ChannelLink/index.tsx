import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ChannelId} from '../../data';
import {channelLinkText, channelPageHref} from '../../lib/channels/channelEntry';
import {useLocale} from '../../hooks/useLocale';
import {getChannel} from '../../lib/lookup';

/** The anchor of a channel's row in the ChannelTable. */
export function channelRowId(channel: ChannelId): string {
  return `channel-${channel}`;
}

interface Props {
  channel: ChannelId;
  /** Replaces the default link text. */
  children?: ReactNode;
  className?: string;
}

/**
 * A real link to a channel: the ticket form, `mailto:` (with the ticket checklist
 * pre-filled), `tel:`, the QQ join page.
 * A channel that is scanned, not linked, points to its row in the contact table.
 */
export default function ChannelLink({channel: id, children, className}: Props): ReactNode {
  const locale = useLocale();
  const channel = getChannel(id);
  const text = children ?? channelLinkText(channel, locale);
  const href = channelPageHref(channel, locale);
  if (!href) {
    return (
      <Link className={className} to={`/helpdesk/contact#${channelRowId(id)}`}>
        {text}
      </Link>
    );
  }
  const external = href.startsWith('http');
  // A plain <a>: @docusaurus/Link opens every non-internal URL in a new tab, mailto: and tel: included.
  return (
    // eslint-disable-next-line @docusaurus/no-html-links
    <a className={className} href={href} {...(external && {target: '_blank', rel: 'noopener noreferrer'})}>
      {text}
    </a>
  );
}
