import {describe, expect, it} from 'vitest';
import {CHANNELS} from '../../data';
import {calendarFor} from './calendar';
import {FIXTURE_CALENDAR, FIXTURE_LAW_SOURCE, fixtureCalendar} from './calendar.fixture';
import {listChannels} from '../words/calendarWords';
import {isUsable, offeredChannels} from '../channels/channelEntry';
import {NOTICE_DAYS, noticesOn, noticeText} from './calendarNotice';
import {getSchedule} from '../lookup';
import {closes} from './closures';

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
    expect(notice!.closed).toEqual(
      offeredChannels().filter((channel) => getSchedule(channel.schedule).holidays === 'observed'),
    );
    expect(notice!.lawFixedYear).toBeNull();
  });

  it('announces a closure with the channels it closes, alongside a holiday in the same window', () => {
    const closure = FIXTURE_CALENDAR.closures[0]!;
    const notices = noticesOn('2030-03-01', FIXTURE_CALENDAR);
    expect(notices.map((notice) => notice.kind)).toEqual(['closure']);
    expect(notices[0]!.closed).toEqual(offeredChannels().filter((channel) => closes(closure, channel)));
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
  const openDuring = (notice: typeof en.holiday) => offeredChannels().filter((channel) => !notice.closed.includes(channel));

  it('names the holiday, its China-time dates, what closes, what stays open and the make-up days', () => {
    const closed = listChannels(zh.holiday.closed, 'zh-Hans');
    expect(noticeText(zh.holiday, 'zh-Hans')).toBe(
      `春节（北京时间 2 月 2 日至 10 日）：${closed}暂停服务；` +
        `${listChannels(openDuring(zh.holiday), 'zh-Hans')}照常受理；调休上班日（1 月 27 日、2 月 16 日）${closed}照常服务。`,
    );
    expect(noticeText(en.holiday, 'en')).toBe(
      `Spring Festival, Feb 2–10 (China time). Closed: ${listChannels(en.holiday.closed, 'en')}. ` +
        `Open as usual: ${listChannels(openDuring(en.holiday), 'en')}. ` +
        'On the make-up working days (Jan 27, Feb 16), the closed channels keep their normal hours.',
    );
  });

  it('never names a channel a customer cannot use (WeChat without its codes), nor says “staffed”', () => {
    const unusable = CHANNELS.filter((channel) => !isUsable(channel));
    for (const [locale, notice] of [
      ['zh-Hans', zh.holiday],
      ['zh-Hans', zh.closure],
      ['en', en.holiday],
      ['en', en.closure],
    ] as const) {
      const text = noticeText(notice, locale);
      for (const channel of unusable) {
        expect(text, channel.id).not.toContain(channel.label[locale]);
      }
      expect(text).not.toMatch(/staffed/i);
    }
  });

  it('gives make-up working days in a row as one range', () => {
    const calendar = fixtureCalendar('zh-Hans');
    const twoDays = {...calendar, workdays: [{from: '2030-01-26', to: '2030-01-27', name: '春节'}]};
    const [notice] = noticesOn('2030-01-25', twoDays);
    expect(noticeText(notice!, 'zh-Hans')).toContain('调休上班日（1 月 26 日至 27 日）');
  });

  it('gives a closure its reason and no make-up days', () => {
    expect(noticeText(zh.closure, 'zh-Hans')).toBe(
      `因电话线路维护调整服务（北京时间 3 月 4 日至 5 日）：${listChannels(zh.closure.closed, 'zh-Hans')}暂停服务；` +
        `${listChannels(openDuring(zh.closure), 'zh-Hans')}照常受理。`,
    );
    expect(noticeText(en.closure, 'en')).toBe(
      `Closure for phone line maintenance, Mar 4–5 (China time). Closed: ${listChannels(en.closure.closed, 'en')}. ` +
        `Open as usual: ${listChannels(openDuring(en.closure), 'en')}.`,
    );
  });
});

describe('a holiday of a law-fixed year (fixture: 2031)', () => {
  const law = (locale: 'zh-Hans' | 'en') => calendarFor(FIXTURE_LAW_SOURCE, locale);

  it(`appears ${NOTICE_DAYS} days before, like any holiday, marked with its year`, () => {
    expect(noticesOn('2030-12-17', law('en'))).toEqual([]);
    const [notice] = noticesOn('2030-12-18', law('en'));
    expect(notice).toMatchObject({kind: 'holiday', from: '2031-01-01', to: '2031-01-01', name: "New Year's Day"});
    expect(notice!.lawFixedYear).toBe(2031);
    expect(notice!.workdays).toEqual([]);
  });

  it('says its make-up days are not in the calendar yet, never that they are unpublished', () => {
    const zh = noticeText(noticesOn('2030-12-20', law('zh-Hans'))[0]!, 'zh-Hans');
    const en = noticeText(noticesOn('2030-12-20', law('en'))[0]!, 'en');
    expect(zh).toMatch(/^元旦（北京时间 1 月 1 日）：/);
    expect(zh).toContain('2031 年的调休安排尚未收录，此处只列出法定假日。');
    expect(en).toMatch(/^New Year's Day, Jan 1 \(China time\)\. /);
    expect(en).toContain('2031’s make-up working days aren’t in our calendar yet, so only the statutory days off are listed.');
    expect(zh).not.toContain('尚未公布');
    expect(en).not.toMatch(/not (been )?(published|announced)/);
  });
});

describe('Chinese typography of the notice', () => {
  const zh = (date: string, source = FIXTURE_LAW_SOURCE) =>
    noticesOn(date, calendarFor(source, 'zh-Hans')).map((notice) => noticeText(notice, 'zh-Hans'));
  const texts = [...zh('2030-01-25'), ...zh('2030-03-01'), ...zh('2030-12-20')];

  it.each(texts)('spaces digits from Chinese characters and puts no space next to full-width punctuation: %s', (text) => {
    expect(text).not.toMatch(/\d[\u4e00-\u9fff]|[\u4e00-\u9fff]\d/);
    expect(text).not.toMatch(/[（），、；：。] | [（），、；：。]/);
  });
});
