/**
 * A channel whose English name is a proper noun keeps its capital inside the
 * sentences that list channels: the FAQ's holiday rules, the holiday notice and
 * the calendar feed. The data gains a fixture channel, "Telegram", closed on
 * public holidays like the QQ group.
 */
import {describe, expect, it, vi} from 'vitest';
import type {Channel, ChannelId} from '../data/types';

vi.mock('../data/channels', async (importOriginal) => {
  const real = await importOriginal<typeof import('../data/channels')>();
  const telegram: Channel = {
    ...real.CHANNELS.find((channel) => channel.id === 'qq-group')!,
    id: 'telegram' as ChannelId,
    label: {'zh-Hans': 'Telegram', en: 'Telegram'},
    inText: {'zh-Hans': 'Telegram', en: 'Telegram'},
    listName: {'zh-Hans': 'Telegram', en: 'Telegram'},
    entry: {kind: 'link', href: 'https://t.me/websoft9', label: {'zh-Hans': '加入群组', en: 'Join the group'}, qrCode: false},
  };
  return {...real, CHANNELS: [...real.CHANNELS, telegram]};
});

const {describeHolidayRules, listChannels} = await import('../lib/words/calendarWords');
const {noticesOn, noticeText} = await import('../lib/calendar/calendarNotice');
const {fixtureCalendar, FIXTURE_SOURCE} = await import('../lib/calendar/calendar.fixture');
const {supportCalendarEvents} = await import('../node/feeds/supportCalendar');
const {getChannel} = await import('../lib/lookup');

describe('a proper noun in a list of channels (fixture channel "Telegram")', () => {
  it('keeps its capital among common nouns, in list order', () => {
    expect(listChannels([getChannel('phone'), getChannel('telegram' as ChannelId)], 'en')).toBe('phone and Telegram');
    expect(listChannels([getChannel('phone'), getChannel('telegram' as ChannelId)], 'zh-Hans')).toBe('电话、Telegram');
  });

  it('keeps it in the FAQ, the holiday notice and the calendar feed', () => {
    const sentences = [
      describeHolidayRules('en'),
      noticeText(noticesOn('2030-01-25', fixtureCalendar('en'))[0]!, 'en'),
      ...supportCalendarEvents(FIXTURE_SOURCE, 'en', 'https://support.example.com').map(
        (event) => `${event.summary} ${event.description}`,
      ),
    ];
    expect(sentences.filter((text) => text.includes('Telegram')).length).toBeGreaterThan(2);
    for (const text of sentences) {
      expect(text).not.toContain('telegram');
    }
  });
});
