import {describe, expect, it} from 'vitest';
import {CHANNELS, getSchedule} from '../data';
import {FIXTURE_CALENDAR} from './calendar.fixture';
import {NOTICE_DAYS, noticesOn} from './calendarNotice';
import {closes} from '../data/closures';

describe('the holiday notice (fixture calendar)', () => {
  it(`appears ${NOTICE_DAYS} days before the first day off and stays until the last`, () => {
    expect(noticesOn('2030-01-18', FIXTURE_CALENDAR).map((notice) => notice.name.en)).toEqual([]);
    expect(noticesOn('2030-01-19', FIXTURE_CALENDAR).map((notice) => notice.name.en)).toEqual(['Spring Festival']);
    expect(noticesOn('2030-02-10', FIXTURE_CALENDAR).map((notice) => notice.name.en)).toEqual(['Spring Festival']);
    expect(noticesOn('2030-02-11', FIXTURE_CALENDAR)).toEqual([]);
  });

  it('gives the dates, the channels that close and the make-up working days', () => {
    const [notice] = noticesOn('2030-01-25', FIXTURE_CALENDAR);
    expect(notice).toMatchObject({
      kind: 'holiday',
      from: '2030-02-02',
      to: '2030-02-10',
      workdays: ['2030-01-27', '2030-02-16'],
    });
    expect(notice!.closed).toEqual(CHANNELS.filter((channel) => getSchedule(channel.schedule).holidays === 'observed'));
  });

  it('announces a closure with the channels it closes, alongside a holiday in the same window', () => {
    const closure = FIXTURE_CALENDAR.closures[0]!;
    const notices = noticesOn('2030-03-01', FIXTURE_CALENDAR);
    expect(notices.map((notice) => notice.kind)).toEqual(['closure']);
    expect(notices[0]!.closed).toEqual(CHANNELS.filter((channel) => closes(closure, channel)));
    expect(noticesOn('2030-09-20', FIXTURE_CALENDAR).map((notice) => notice.name.en)).toEqual(['National Day']);
  });
});
