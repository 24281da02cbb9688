import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {calendarFor} from '../calendar/calendar';
import {FIXTURE_LAW_SOURCE, FIXTURE_SOURCE, fixtureCalendar} from '../calendar/calendar.fixture';
import {describeCalendarYear, describedYears} from './holidayTableWords';

/** The hours table's sentence on where the dates come from: the Chinese message in the component, the English in code.json. */
const root = path.resolve(__dirname, '../../..');
const SOURCE_ID = 'helpdesk.hoursTable.source';
const calendarSource = {
  'zh-Hans': new RegExp(`<Translate id="${SOURCE_ID}">\\s*([^<]+?)\\s*</Translate>`).exec(
    readFileSync(path.join(root, 'src/components/ServiceHoursTable/index.tsx'), 'utf8'),
  )![1]!,
  en: (JSON.parse(readFileSync(path.join(root, 'i18n/en/code.json'), 'utf8')) as Record<string, {message: string}>)[SOURCE_ID]!
    .message,
};

describe('a year of the calendar in words (fixture calendar)', () => {
  it('lists each holiday with its dates, then the make-up working days', () => {
    expect(describeCalendarYear(fixtureCalendar('zh-Hans'), 2030, 'zh-Hans')).toBe(
      '2030 年法定节假日（北京时间）：元旦 1 月 1 日，春节 2 月 2 日至 10 日，国庆节 10 月 1 日至 7 日；' +
        '调休上班日：1 月 27 日、2 月 16 日、9 月 29 日、10 月 12 日。',
    );
    expect(describeCalendarYear(fixtureCalendar('en'), 2030, 'en')).toBe(
      "2030 public holidays (China time): New Year's Day Jan 1, Spring Festival Feb 2–10, National Day Oct 1–7. " +
        'Make-up working days: Jan 27, Feb 16, Sep 29, Oct 12.',
    );
  });

  it('leaves out the make-up clause for a year that has none, rather than an empty list', () => {
    const noMakeUp = (locale: 'zh-Hans' | 'en') => ({...fixtureCalendar(locale), workdays: []});
    expect(describeCalendarYear(noMakeUp('zh-Hans'), 2030, 'zh-Hans')).toBe(
      '2030 年法定节假日（北京时间）：元旦 1 月 1 日，春节 2 月 2 日至 10 日，国庆节 10 月 1 日至 7 日。',
    );
    expect(describeCalendarYear(noMakeUp('en'), 2030, 'en')).toBe(
      "2030 public holidays (China time): New Year's Day Jan 1, Spring Festival Feb 2–10, National Day Oct 1–7.",
    );
  });

  it('lists a law-fixed year’s days off and says its make-up days are not in the calendar yet', () => {
    expect(describeCalendarYear(calendarFor(FIXTURE_LAW_SOURCE, 'zh-Hans'), 2031, 'zh-Hans')).toBe(
      '2031 年法定节假日（北京时间）：元旦 1 月 1 日，春节 1 月 22 日至 25 日。' +
        '2031 年的调休安排尚未收录：以上为法律规定的假日，其余日期按常规时间推算。',
    );
    expect(describeCalendarYear(calendarFor(FIXTURE_LAW_SOURCE, 'en'), 2031, 'en')).toBe(
      "2031 public holidays (China time): New Year's Day Jan 1, Spring Festival Jan 22–25. " +
        '2031’s make-up working days aren’t in our calendar yet: these are the days off fixed by law, ' +
        'and other days follow the regular weekly hours.',
    );
  });

  it('describes the covered years and the law-fixed ones, in order', () => {
    expect(describedYears(FIXTURE_SOURCE)).toEqual([2030]);
    expect(describedYears(FIXTURE_LAW_SOURCE)).toEqual([2030, 2031]);
    expect(describedYears({years: [2027], lawFixedYears: [2026]})).toEqual([2026, 2027]);
  });
});

describe('where the dates come from', () => {
  const zh = calendarSource['zh-Hans'];
  const en = calendarSource.en;

  it('says it in words, without the data package’s name or version', () => {
    for (const text of [zh, en]) {
      expect(text).not.toContain('chinese-days');
      expect(text).not.toContain('9.9.9');
    }
    expect(zh).toContain('国务院');
    expect(en).toContain('State Council');
  });

  it('explains a year whose make-up days are missing without calling it unpublished', () => {
    expect(zh).toContain('只计入法律规定的假日');
    expect(en).toContain('only the days off fixed by law count as holidays');
    expect(zh).not.toContain('尚未公布');
    expect(en).not.toMatch(/not (been )?(published|announced)/);
  });
});

describe('Chinese typography of these sentences', () => {
  const sentences = [
    describeCalendarYear(fixtureCalendar('zh-Hans'), 2030, 'zh-Hans'),
    describeCalendarYear(calendarFor(FIXTURE_LAW_SOURCE, 'zh-Hans'), 2031, 'zh-Hans'),
    calendarSource['zh-Hans'],
  ];

  it.each(sentences)('spaces digits from Chinese characters and puts no space next to full-width punctuation: %s', (text) => {
    expect(text).not.toMatch(/\d[\u4e00-\u9fff]|[\u4e00-\u9fff]\d/);
    expect(text).not.toMatch(/[（），、；：。] | [（），、；：。]/);
  });
});
