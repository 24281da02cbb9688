import type {ReactNode} from 'react';
import type {Block, Inline} from '../../data';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocale} from '../../hooks/useLocale';
import {calendarFeedPath} from '../../lib/published/feedPaths';
import {joinList, selectChannels} from '../../lib/channels/channelFacts';
import {inlineText} from '../../lib/words/richText';
import ChannelLink from '../ChannelLink';
import TicketChecklist from '../TicketChecklist';
import {getChannel} from '../../lib/lookup';

/** The support calendar feed of the page's language, from the site URL: `webcal:` opens a calendar app. */
function CalendarFeedLink({scheme, children}: {scheme: 'webcal' | 'https'; children: string}): ReactNode {
  const feed = `${useDocusaurusContext().siteConfig.url}${calendarFeedPath(useLocale())}`;
  return (
    <Link href={scheme === 'webcal' ? feed.replace(/^https?:/, 'webcal:') : feed} target="_self">
      {children}
    </Link>
  );
}

function InlineNode({inline}: {inline: Inline}): ReactNode {
  const locale = useLocale();
  if (typeof inline === 'string') {
    return inline;
  }
  if ('strong' in inline) {
    return <strong>{inline.strong}</strong>;
  }
  if ('channel' in inline) {
    return <ChannelLink channel={inline.channel}>{inline.text ?? getChannel(inline.channel).inText[locale]}</ChannelLink>;
  }
  if ('calendarFeed' in inline) {
    return <CalendarFeedLink scheme={inline.calendarFeed}>{inline.text}</CalendarFeedLink>;
  }
  if ('channels' in inline) {
    return <ChannelNames channels={selectChannels(inline.channels).map((channel) => channel.id)} />;
  }
  // Staffed hours, notations, hours, promises and holiday rules are plain words drawn from the data.
  return inlineText(inline, locale);
}

/** Channels linked and joined as running text: "工单或邮件" / "a support ticket or email". */
export function ChannelNames({channels}: {channels: readonly Parameters<typeof getChannel>[0][]}): ReactNode {
  const locale = useLocale();
  return joinList(
    channels.map((id) => (
      <ChannelLink key={id} channel={id}>
        {getChannel(id).inText[locale]}
      </ChannelLink>
    )),
    locale,
    'or',
  );
}

function Inlines({inlines}: {inlines: readonly Inline[]}): ReactNode {
  return inlines.map((inline, index) => <InlineNode key={index} inline={inline} />);
}

/** Renders the FAQ's rich text; `lib/richText` reads the same tree as plain text. */
export default function RichText({blocks}: {blocks: readonly Block[]}): ReactNode {
  return blocks.map((block, index) => {
    if ('paragraph' in block) {
      return (
        <p key={index}>
          <Inlines inlines={block.paragraph} />
        </p>
      );
    }
    if ('list' in block) {
      return (
        <ul key={index}>
          {block.list.map((item, itemIndex) => (
            <li key={itemIndex}>
              <Inlines inlines={item} />
            </li>
          ))}
        </ul>
      );
    }
    return <TicketChecklist key={index} />;
  });
}
