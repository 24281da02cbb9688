import type {ReactNode} from 'react';
import {getChannel, type Block, type Inline} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import {inlineText} from '../../lib/richText';
import ChannelLink from '../ChannelLink';

function InlineNode({inline}: {inline: Inline}): ReactNode {
  const locale = useLocale();
  if (typeof inline === 'string') {
    return inline;
  }
  if ('strong' in inline) {
    return <strong>{inline.strong}</strong>;
  }
  if ('link' in inline) {
    return <a href={inline.href}>{inline.link}</a>;
  }
  if ('channel' in inline) {
    return <ChannelLink channel={inline.channel}>{inline.text ?? getChannel(inline.channel).label[locale]}</ChannelLink>;
  }
  // Notations, hours, promises and holiday rules are plain words drawn from the data.
  return inlineText(inline, locale);
}

function Inlines({inlines}: {inlines: readonly Inline[]}): ReactNode {
  return inlines.map((inline, index) => <InlineNode key={index} inline={inline} />);
}

/** Renders the FAQ's rich text; `lib/richText` reads the same tree as plain text. */
export default function RichText({blocks}: {blocks: readonly Block[]}): ReactNode {
  return blocks.map((block, index) =>
    'paragraph' in block ? (
      <p key={index}>
        <Inlines inlines={block.paragraph} />
      </p>
    ) : (
      <ul key={index}>
        {block.list.map((item, itemIndex) => (
          <li key={itemIndex}>
            <Inlines inlines={item} />
          </li>
        ))}
      </ul>
    ),
  );
}
