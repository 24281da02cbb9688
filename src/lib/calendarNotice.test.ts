import {describe, expect, it} from 'vitest';
import {CHANNELS, getSchedule} from '../data';
import {FIXTURE_CALENDAR, fixtureCalendar} from './calendar.fixture';
import {listChannels} from './calendarWords';
import {NOTICE_DAYS, noticesOn, noticeText} from './calendarNotice';
import {closes} from '../data/closures';

describe('the holiday notice (fixture calendar)', () => {
  it(`appears ${NOTICE_DAYS} days before the first day off and stays until the last`, () => {
    expect(noticesOn('2030-01-18', FIXTURE_CALENDAR).map((notice) => notice.name)).toEqual([]);
    expect(noticesOn('2030-01-19', FIXTURE_CALENDAR).map((notice) => notice.name)).toEqual(['Spring Festival']);
    expect(noticesOn('2030-02-10', FIXTURE_CALENDAR).map((notice) => notice.name)).toEqual(['Spring Festival']);
    expect(noticesOn('2030-02-11', FIXTURE_CALENDAR)).toEqual([]);
  });

  it('gives the dates, the channels that close and the make-up working days', () => {
    const [notice] = noticesOn('2030-01-25', FIXTURE_CALENDAR);
    expect(notice).toMatchObject({
      kind: 'holiday',
      from: '2030-02-02',
      to: '2030-02-10',
      workdays: [
        {from: '2030-01-27', to: '2030-01-27'},
        {from: '2030-02-16', to: '2030-02-16'},
      ],
    });
    expect(notice!.closed).toEqual(CHANNELS.filter((channel) => getSchedule(channel.schedule).holidays === 'observed'));
  });

  it('announces a closure with the channels it closes, alongside a holiday in the same window', () => {
    const closure = FIXTURE_CALENDAR.closures[0]!;
    const notices = noticesOn('2030-03-01', FIXTURE_CALENDAR);
    expect(notices.map((notice) => notice.kind)).toEqual(['closure']);
    expect(notices[0]!.closed).toEqual(CHANNELS.filter((channel) => closes(closure, channel)));
    expect(noticesOn('2030-09-20', FIXTURE_CALENDAR).map((notice) => notice.name)).toEqual(['National Day']);
  });
});

describe('the notice in words', () => {
  // Each page's calendar names its holidays and closures in the page's language.
  const notices = (locale: 'zh-Hans' | 'en') => ({
    holiday: noticesOn('2030-01-25', fixtureCalendar(locale))[0]!,
    closure: noticesOn('2030-03-01', fixtureCalendar(locale))[0]!,
  });
  const zh = notices('zh-Hans');
  const en = notices('en');
  const openDuring = (notice: typeof en.holiday) => CHANNELS.filter((channel) => !notice.closed.includes(channel));

  it('names the holiday, its China-time dates, what closes, what stays open and the make-up days', () => {
    expect(noticeText(zh.holiday, 'zh-Hans')).toBe(
      `春节（北京时间 2月2日至10日）：${listChannels(zh.holiday.closed, 'zh-Hans')}暂停服务；` +
        `${listChannels(openDuring(zh.holiday), 'zh-Hans')}照常受理；调休上班日（1月27日、2月16日）以上渠道照常服务。`,
    );
    expect(noticeText(en.holiday, 'en')).toBe(
      `Spring Festival, Feb 2–10 (China time). Closed: ${listChannels(en.holiday.closed, 'en')}. ` +
        `Open as usual: ${listChannels(openDuring(en.holiday), 'en')}. Staffed as usual on the make-up working days (Jan 27, Feb 16).`,
    );
  });

  it('gives make-up working days in a row as one range', () => {
    const calendar = fixtureCalendar('zh-Hans');
    const twoDays = {...calendar, workdays: [{from: '2030-01-26', to: '2030-01-27', name: '春节'}]};
    const [notice] = noticesOn('2030-01-25', twoDays);
    expect(noticeText(notice!, 'zh-Hans')).toContain('调休上班日（1月26日至27日）');
  });

  it('gives a closure its reason and no make-up days', () => {
    expect(noticeText(zh.closure, 'zh-Hans')).toBe(
      `因电话线路维护调整服务（北京时间 3月4日至5日）：${listChannels(zh.closure.closed, 'zh-Hans')}暂停服务；` +
        `${listChannels(openDuring(zh.closure), 'zh-Hans')}照常受理。`,
    );
    expect(noticeText(en.closure, 'en')).toBe(
      `Closure for phone line maintenance, Mar 4–5 (China time). Closed: ${listChannels(en.closure.closed, 'en')}. ` +
        `Open as usual: ${listChannels(openDuring(en.closure), 'en')}.`,
    );
  });
});
