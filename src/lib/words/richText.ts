/** Plain-text reading of the FAQ's rich text, for JSON-LD and tests. */
import {RESPONSE_PROMISES, TICKET_CHECKLIST, type Block, type Inline, type Locale} from '../../data';
import {joinList, selectChannels, hoursText} from '../channels/channelFacts';
import {describeHolidayRules} from './calendarWords';
import {describeSchedule} from './format';
import {getChannel, getSchedule} from '../lookup';

export function inlineText(inline: Inline, locale: Locale): string {
  if (typeof inline === 'string') {
    return inline;
  }
  if ('strong' in inline) {
    return inline.strong;
  }
  if ('channel' in inline) {
    return inline.text ?? getChannel(inline.channel).inText[locale];
  }
  if ('channels' in inline) {
    return joinList(
      selectChannels(inline.channels).map((channel) => channel.inText[locale]),
      locale,
      'or',
    ).join('');
  }
  if ('hoursOf' in inline) {
    return hoursText(selectChannels(inline.hoursOf), locale);
  }
  if ('notation' in inline) {
    return getSchedule(inline.notation).notation;
  }
  if ('hours' in inline) {
    return describeSchedule(getSchedule(inline.hours), locale);
  }
  if ('calendarFeed' in inline) {
    return inline.text;
  }
  if ('holidayRules' in inline) {
    return describeHolidayRules(locale);
  }
  return RESPONSE_PROMISES[inline.promise].phrase[locale];
}

export function inlinesText(inlines: readonly Inline[], locale: Locale): string {
  return inlines.map((inline) => inlineText(inline, locale)).join('');
}

/** Paragraphs and list items, one per line, as a reader sees them. */
export function blocksText(blocks: readonly Block[], locale: Locale): string {
  return blocks
    .flatMap((block) => {
      if ('paragraph' in block) {
        return [inlinesText(block.paragraph, locale)];
      }
      if ('list' in block) {
        return block.list.map((item) => inlinesText(item, locale));
      }
      return TICKET_CHECKLIST.map((item) => item[locale]);
    })
    .join('\n');
}
