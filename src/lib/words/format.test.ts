import {describe, expect, it} from 'vitest';
import {CHANNELS} from '../../data';
import {describeHolidayBehaviour, describeHolidayRules, formatDateRange, listChannels} from './calendarWords';
import {isUsable, offeredChannels} from '../channels/channelEntry';
import {joinList, type ListKind} from '../channels/channelFacts';
import {formatComingTime, formatWeekdayTime, MONTH_NAMES_EN, sameAsVisitorClock, WEEKDAY_NAMES} from './formatTime';
import {VISITOR_CLOCK} from '../time/schedule';
import {spaceMixedScripts} from './format';
import {getChannel, getSchedule} from '../lookup';

const cn = (wall: string) => new Date(`${wall.replace(' ', 'T')}:00+08:00`);

describe('formatComingTime', () => {
  const now = cn('2026-02-13 18:00'); // a Friday

  it('says today and tomorrow in words', () => {
    expect(formatComingTime(cn('2026-02-13 20:00'), now, 'zh-Hans', 'Asia/Shanghai')).toBe('今天 20:00');
    expect(formatComingTime(cn('2026-02-13 20:00'), now, 'en', 'Asia/Shanghai')).toBe('20:00 today');
    expect(formatComingTime(cn('2026-02-14 08:00'), now, 'zh-Hans', 'Asia/Shanghai')).toBe('明天 08:00');
    expect(formatComingTime(cn('2026-02-14 08:00'), now, 'en', 'Asia/Shanghai')).toBe('08:00 tomorrow');
  });

  it('gives the date with the weekday from the day after tomorrow on', () => {
    expect(formatComingTime(cn('2026-02-24 08:00'), now, 'zh-Hans', 'Asia/Shanghai')).toBe('2 月 24 日（周二）08:00');
    expect(formatComingTime(cn('2026-12-01 08:00'), now, 'zh-Hans', 'Asia/Shanghai')).toBe('12 月 1 日（周二）08:00');
    expect(formatComingTime(cn('2026-02-24 08:00'), now, 'en', 'Asia/Shanghai')).toBe('Tue, Feb 24, 08:00');
  });

  it('reads today and tomorrow on the wall clock of the zone asked for', () => {
    // 08:00 Saturday in China is 19:00 Friday in New York, the visitor's "today".
    expect(formatComingTime(cn('2026-02-14 08:00'), now, 'en', 'America/New_York')).toBe('19:00 today');
  });
});

describe('the names written instead of asking Intl', () => {
  it('are the names Intl gives', () => {
    // 2026-11-30 is a Monday.
    const days = Array.from({length: 7}, (_, index) => new Date(Date.UTC(2026, 10, 30 + index, 12)));
    const intl = (locale: string, options: Intl.DateTimeFormatOptions, instant: Date) =>
      new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'}).format(instant);
    expect(WEEKDAY_NAMES['zh-Hans']).toEqual(days.map((day) => intl('zh-CN', {weekday: 'short'}, day)));
    expect(WEEKDAY_NAMES.en).toEqual(days.map((day) => intl('en-GB', {weekday: 'short'}, day)));
    const months = Array.from({length: 12}, (_, index) => new Date(Date.UTC(2026, index, 1)));
    expect(MONTH_NAMES_EN).toEqual(months.map((month) => intl('en-US', {month: 'short'}, month)));
  });
});

describe('the list separators written instead of asking Intl', () => {
  const INTL: Record<'zh-Hans' | 'en', Record<ListKind, [string, Intl.ListFormatOptions]>> = {
    'zh-Hans': {
      and: ['zh-Hans', {type: 'conjunction'}],
      or: ['zh-Hans', {type: 'disjunction'}],
      series: ['zh-Hans', {type: 'conjunction', style: 'narrow'}],
    },
    en: {
      and: ['en-GB', {type: 'conjunction'}],
      or: ['en-GB', {type: 'disjunction'}],
      series: ['en-GB', {type: 'conjunction'}],
    },
  };
  it.each(['zh-Hans', 'en'] as const)('are the ones Intl.ListFormat gives (%s)', (locale) => {
    for (const kind of ['and', 'or', 'series'] as const) {
      const [intlLocale, options] = INTL[locale][kind];
      for (let count = 1; count <= 4; count++) {
        const items = ['A', 'B', 'C', 'D'].slice(0, count);
        expect(joinList(items, locale, kind).join(''), `${kind}, ${count} items`).toBe(
          new Intl.ListFormat(intlLocale, options).format(items),
        );
      }
    }
  });
});

describe("the visitor's clock", () => {
  const zoneBefore = process.env.TZ;
  const inZone = <T>(timeZone: string, read: () => T): T => {
    process.env.TZ = timeZone;
    try {
      return read();
    } finally {
      if (zoneBefore === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = zoneBefore;
      }
    }
  };

  it('reads times on the local clock, as the zone of that name would', () => {
    const now = cn('2026-02-13 18:00');
    const instant = cn('2026-02-14 08:00');
    expect(inZone('America/New_York', () => formatComingTime(instant, now, 'en', VISITOR_CLOCK))).toBe(
      formatComingTime(instant, now, 'en', 'America/New_York'),
    );
    expect(inZone('Asia/Kolkata', () => formatWeekdayTime(instant, 'zh-Hans', VISITOR_CLOCK))).toBe('周六 05:30');
  });

  it('knows when it reads the same as China', () => {
    const instant = cn('2026-02-14 08:00');
    expect(inZone('Asia/Shanghai', () => sameAsVisitorClock(instant, 'Asia/Shanghai'))).toBe(true);
    expect(inZone('Asia/Taipei', () => sameAsVisitorClock(instant, 'Asia/Shanghai'))).toBe(true);
    expect(inZone('Asia/Tokyo', () => sameAsVisitorClock(instant, 'Asia/Shanghai'))).toBe(false);
    expect(inZone('America/New_York', () => sameAsVisitorClock(instant, 'Asia/Shanghai'))).toBe(false);
  });
});

describe('formatWeekdayTime', () => {
  it('reads each zone', () => {
    const instant = cn('2026-02-13 18:00');
    expect(formatWeekdayTime(instant, 'en', 'Asia/Shanghai')).toBe('Fri 18:00');
    expect(formatWeekdayTime(instant, 'en', 'Asia/Kolkata')).toBe('Fri 15:30');
    expect(formatWeekdayTime(instant, 'zh-Hans', 'Asia/Shanghai')).toBe('周五 18:00');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2026-10-01', '2026-10-08', 'zh-Hans', '10 月 1 日至 8 日'],
    ['2026-10-01', '2026-10-08', 'en', 'Oct 1–8'],
    ['2026-12-31', '2027-01-02', 'zh-Hans', '12 月 31 日至 1 月 2 日'],
    ['2027-01-01', '2027-01-01', 'zh-Hans', '1 月 1 日'],
    ['2026-12-31', '2027-01-02', 'en', 'Dec 31 – Jan 2'],
    ['2026-05-09', '2026-05-09', 'en', 'May 9'],
  ] as const)('%s to %s in %s: %s', (from, to, locale, expected) => {
    expect(formatDateRange(from, to, locale)).toBe(expected);
  });
});

describe('holiday wording from the data', () => {
  it('lists channels in running English without capitalising ordinary words', () => {
    const channels = (...ids: Parameters<typeof getChannel>[0][]) => ids.map(getChannel);
    expect(listChannels(channels('qq-group', 'wechat', 'phone'), 'en')).toBe('QQ group, WeChat and phone');
    expect(listChannels(channels('ticket', 'email'), 'en')).toBe('support ticket and email');
    expect(listChannels(channels('ticket', 'email'), 'zh-Hans')).toBe('工单、邮箱');
    expect(listChannels(channels('qq-group', 'wechat', 'phone'), 'zh-Hans')).toBe('QQ 群、微信、电话');
  });

  it('names every channel a customer can use once, by its holiday behaviour, and no other', () => {
    const unusable = CHANNELS.filter((channel) => !isUsable(channel));
    for (const locale of ['zh-Hans', 'en'] as const) {
      const text = describeHolidayRules(locale);
      for (const channel of offeredChannels()) {
        const label = listChannels([channel], locale);
        expect(text.split(label), `${channel.id} in ${locale}`).toHaveLength(2);
      }
      for (const channel of unusable) {
        expect(text, `${channel.id} in ${locale}`).not.toContain(channel.label[locale]);
      }
    }
    const by = (behaviour: 'observed' | 'ignored') =>
      offeredChannels().filter((channel) => getSchedule(channel.schedule).holidays === behaviour);
    expect(describeHolidayRules('en')).toBe(
      `On Chinese public holidays, the ${listChannels(by('observed'), 'en')} are closed, and on official make-up working days ` +
        `they keep their normal hours; you can still reach us by ${listChannels(by('ignored'), 'en')}.`,
    );
    expect(describeHolidayRules('zh-Hans')).toBe(
      `法定节假日期间，${listChannels(by('observed'), 'zh-Hans')}休息，调休上班日照常服务；` +
        `${listChannels(by('ignored'), 'zh-Hans')}照常受理。`,
    );
  });

  it('says what a holiday does to a schedule without “staffed” or “weekends included”', () => {
    expect(describeHolidayBehaviour('observed', 'zh-Hans')).toBe('法定节假日休息；调休上班日照常服务');
    expect(describeHolidayBehaviour('observed', 'en')).toBe(
      'Closed on Chinese public holidays; normal hours on official make-up working days',
    );
    for (const locale of ['zh-Hans', 'en'] as const) {
      for (const text of [describeHolidayRules(locale), describeHolidayBehaviour('observed', locale)]) {
        expect(text).not.toMatch(/staffed|含周末|weekends included|China’s public/i);
      }
    }
  });
});

describe('spaceMixedScripts', () => {
  it('spaces Chinese from digits and Latin letters, and nothing else', () => {
    expect(spaceMixedScripts('北京时间1 月 4 日（周一）08:00起处理', 'zh-Hans')).toBe('北京时间 1 月 4 日（周一）08:00 起处理');
    expect(spaceMixedScripts('北京时间明天 08:00（您当地时间明天 19:00）', 'zh-Hans')).toBe(
      '北京时间明天 08:00（您当地时间明天 19:00）',
    );
    expect(spaceMixedScripts('QQ群和电话', 'zh-Hans')).toBe('QQ 群和电话');
    expect(spaceMixedScripts('08:00 tomorrow China time', 'en')).toBe('08:00 tomorrow China time');
  });
});
