import {describe, expect, test, vi} from 'vitest';
import {CHANNELS, type Channel} from '../../data';
import {EMPTY_CALENDAR, type CalendarData} from '../../lib/calendar/calendar';
import {closes} from '../../lib/calendar/closures';
import {getSchedule} from '../../lib/lookup';
import {closedBecause} from '../../lib/words/badgeWords';
import {badgeReserve, longestDetails, longestLabel} from './reserve';

// The Chinese messages, as Docusaurus' translate() returns them on the default locale's pages.
vi.mock('@docusaurus/Translate', () => ({
  translate: ({message}: {message: string}, values?: Record<string, string>) =>
    message.replace(/\{(\w+)\}/g, (_, key: string) => values?.[key] ?? ''),
}));

/** A calendar with a holiday whose label outgrows every state word, and a closure of one schedule only. */
const CALENDAR: CalendarData = {
  ...EMPTY_CALENDAR,
  holidays: [{from: '2026-06-19', to: '2026-06-21', name: '一个名字很长很长的节日'}],
  closures: [{from: '2026-12-01', to: '2026-12-01', name: '一次更长更长更长的机房搬迁', schedules: ['5x8']}],
};

const observes = (channel: Channel) => getSchedule(channel.schedule).holidays === 'observed';

describe('longestLabel', () => {
  test.each(CHANNELS.map((channel) => [channel.id, channel] as const))(
    '%s keeps room for what can close it, and only that',
    (_, channel) => {
      const label = longestLabel(channel, CALENDAR, 'zh-Hans');
      const closure = CALENDAR.closures[0]!;
      if (closes(closure, channel)) {
        expect(label).toBe(closedBecause('closure', closure.name, 'zh-Hans'));
      } else if (observes(channel)) {
        expect(label).toBe(closedBecause('holiday', CALENDAR.holidays[0]!.name, 'zh-Hans'));
      } else {
        expect(label).not.toContain(CALENDAR.holidays[0]!.name);
        expect(label).toBe(longestLabel(channel, EMPTY_CALENDAR, 'zh-Hans'));
      }
    },
  );

  test('the channels cover all three cases', () => {
    expect(CHANNELS.some((channel) => closes(CALENDAR.closures[0]!, channel))).toBe(true);
    expect(CHANNELS.some((channel) => observes(channel) && !closes(CALENDAR.closures[0]!, channel))).toBe(true);
    expect(CHANNELS.some((channel) => !observes(channel))).toBe(true);
  });
});

describe('longestDetails', () => {
  test.each(CHANNELS.map((channel) => [channel.id, channel] as const))(
    '%s: a date in both zones, or in China time alone on a China clock',
    (_, channel) => {
      const {anyClock, chinaClock} = longestDetails(channel, 'zh-Hans');
      expect(anyClock).toContain('您当地时间');
      expect(chinaClock).not.toContain('您当地时间');
      expect(chinaClock).toMatch(/\d+ 月 \d+ 日/);
      expect(chinaClock.length).toBeLessThan(anyClock.length);
      // The same on every call: server and client must write the same attributes.
      expect(longestDetails(channel, 'zh-Hans')).toEqual({anyClock, chinaClock});
    },
  );
});

describe('badgeReserve', () => {
  test('is worked out once per channel and calendar, and is what the two functions say', () => {
    const channel = CHANNELS[0]!;
    const reserve = badgeReserve(channel, CALENDAR, 'zh-Hans');
    expect(badgeReserve(channel, CALENDAR, 'zh-Hans')).toBe(reserve);
    expect(reserve.label).toBe(longestLabel(channel, CALENDAR, 'zh-Hans'));
    expect(reserve.chinaClock.length).toBeLessThan(reserve.anyClock.length);
    expect(badgeReserve(channel, EMPTY_CALENDAR, 'zh-Hans')).not.toBe(reserve);
  });
});
