import {describe, expect, it} from 'vitest';
import {fixtureCalendar} from './calendar.fixture';
import {describeCalendarSource, describeCalendarYear} from './holidayTableWords';

describe('a year of the calendar in words (fixture calendar)', () => {
  it('lists each holiday with its dates, then the make-up working days', () => {
    expect(describeCalendarYear(fixtureCalendar('zh-Hans'), 2030, 'zh-Hans')).toBe(
      '2030 年法定节假日（北京时间）：元旦 1月1日，春节 2月2日至10日，国庆节 10月1日至7日；' +
        '调休上班日：1月27日、2月16日、9月29日、10月12日。',
    );
    expect(describeCalendarYear(fixtureCalendar('en'), 2030, 'en')).toBe(
      "2030 public holidays (China time): New Year's Day Jan 1, Spring Festival Feb 2–10, National Day Oct 1–7. " +
        'Make-up working days: Jan 27, Feb 16, Sep 29, Oct 12.',
    );
  });

  it('leaves out the make-up clause for a year that has none, rather than an empty list', () => {
    const noMakeUp = (locale: 'zh-Hans' | 'en') => ({...fixtureCalendar(locale), workdays: []});
    expect(describeCalendarYear(noMakeUp('zh-Hans'), 2030, 'zh-Hans')).toBe(
      '2030 年法定节假日（北京时间）：元旦 1月1日，春节 2月2日至10日，国庆节 10月1日至7日。',
    );
    expect(describeCalendarYear(noMakeUp('en'), 2030, 'en')).toBe(
      "2030 public holidays (China time): New Year's Day Jan 1, Spring Festival Feb 2–10, National Day Oct 1–7.",
    );
  });

  it('names the source of the dates', () => {
    expect(describeCalendarSource('chinese-days 9.9.9', 'en')).toContain('(data: chinese-days 9.9.9)');
    expect(describeCalendarSource('chinese-days 9.9.9', 'zh-Hans')).toContain('（数据：chinese-days 9.9.9）');
  });
});
