/**
 * Channel status on the fixture calendar: each channel follows its schedule's
 * holiday behaviour and the closures that name it, and all badges of a page
 * share one computation per clock tick. Expectations come from the data's
 * fields (which schedule, which behaviour), never from typed hours.
 */
import {describe, expect, it} from 'vitest';
import {CHANNELS, STANDARD_HOURS, type Channel} from '../../data';
import {FIXTURE_CALENDAR} from '../calendar/calendar.fixture';
import {channelStatus, inStandardHours, isoInZone, repliesFrom, statusAt} from './status';
import {getSchedule} from '../lookup';
import {closes} from '../calendar/closures';

const cn = (wall: string) => new Date(`${wall.replace(' ', 'T')}:00+08:00`);
const observes = (channel: Channel) => getSchedule(channel.schedule).holidays === 'observed';

describe('channelStatus with the calendar', () => {
  it('closes every channel that observes holidays during the Spring Festival, and says which holiday', () => {
    const instant = cn('2030-02-05 10:00');
    for (const channel of CHANNELS) {
      const status = channelStatus(channel, instant, FIXTURE_CALENDAR);
      if (observes(channel)) {
        expect(status, channel.id).toMatchObject({state: 'closed', reason: 'holiday', name: 'Spring Festival'});
        expect(status.opensAt!.getTime(), channel.id).toBeGreaterThan(cn('2030-02-10 23:59').getTime());
      } else {
        expect(status.reason, channel.id).toBe('hours');
      }
    }
  });

  it('names a closure as the reason only for the channels it closes', () => {
    const instant = cn('2030-03-04 10:00'); // fixture-phone-outage
    const closure = FIXTURE_CALENDAR.closures[0]!;
    for (const channel of CHANNELS) {
      const status = channelStatus(channel, instant, FIXTURE_CALENDAR);
      if (closes(closure, channel)) {
        expect(status, channel.id).toMatchObject({state: 'closed', reason: 'closure', name: closure.name});
      } else {
        expect(status.reason, channel.id).not.toBe('closure');
      }
    }
  });

  it('closes every channel of a schedule named by a closure', () => {
    const closure = FIXTURE_CALENDAR.closures[1]!; // schedules: 5x8
    const named = CHANNELS.filter((channel) => closure.schedules!.includes(channel.schedule));
    expect(named.length).toBeGreaterThan(0);
    for (const channel of named) {
      expect(channelStatus(channel, cn(`${closure.from} 10:00`), FIXTURE_CALENDAR).reason, channel.id).toBe('closure');
    }
  });

  it('flags an opening that falls in a year the calendar does not cover', () => {
    const eve = cn('2030-12-31 20:00');
    for (const channel of CHANNELS.filter(observes)) {
      const status = channelStatus(channel, eve, FIXTURE_CALENDAR);
      expect(status.state, channel.id).toBe('closed');
      expect(status.opensUncalendared, channel.id).toBe(true);
    }
  });

  it('treats a statutory holiday as outside the standard hours', () => {
    expect(inStandardHours(cn('2030-02-05 10:00'), FIXTURE_CALENDAR)).toBe(false);
    expect(inStandardHours(cn('2030-02-12 10:00'), FIXTURE_CALENDAR)).toBe(true);
  });
});

describe('one computation per tick for all badges', () => {
  it('returns the very same status to every caller at the same instant, and a new one at the next tick', () => {
    const tick = cn('2030-02-12 10:00');
    const first = statusAt('phone', tick, FIXTURE_CALENDAR);
    expect(statusAt('phone', new Date(tick.getTime()), FIXTURE_CALENDAR)).toBe(first);
    expect(statusAt('phone', new Date(tick.getTime() + 60_000), FIXTURE_CALENDAR)).not.toBe(first);
  });

  it('agrees with channelStatus', () => {
    const tick = cn('2030-02-16 10:00'); // a make-up Saturday
    for (const channel of CHANNELS) {
      expect(statusAt(channel.id, tick, FIXTURE_CALENDAR)).toEqual(channelStatus(channel, tick, FIXTURE_CALENDAR));
    }
  });
});

describe('when the team reads a queued channel (repliesFrom)', () => {
  const MINUTE = 60_000;
  const standard = getSchedule(STANDARD_HOURS);

  // Properties, not typed hours: the answer is inside standard hours, and no earlier minute is.
  it.each([
    ['a Sunday night', '2030-03-10 03:00'],
    ['a weekday evening', '2030-03-12 21:15'],
    ['the Spring Festival', '2030-02-05 10:00'],
    ['the day before a make-up Sunday', '2030-01-26 12:00'],
    ['a team closure day', '2030-05-20 10:00'],
    ['inside standard hours', '2030-03-12 10:30'],
  ])('on %s (%s) it is the first instant of standard hours from then on', (_, wall) => {
    const instant = cn(wall);
    const from = repliesFrom(instant, FIXTURE_CALENDAR)!;
    expect(from.getTime()).toBeGreaterThanOrEqual(instant.getTime());
    expect(inStandardHours(from, FIXTURE_CALENDAR)).toBe(true);
    for (let t = instant.getTime(); t < from.getTime(); t += MINUTE) {
      expect(inStandardHours(new Date(t), FIXTURE_CALENDAR), new Date(t).toISOString()).toBe(false);
    }
  });

  it('is the instant itself inside standard hours, and a day start of standard hours outside them', () => {
    const inside = cn('2030-03-12 10:30');
    expect(repliesFrom(inside, FIXTURE_CALENDAR)).toEqual(inside);
    const fromSunday = repliesFrom(cn('2030-03-10 03:00'), FIXTURE_CALENDAR)!;
    expect(isoInZone(fromSunday, standard.timeZone).slice(11, 16)).toBe(standard.intervals[0]!.start);
  });

  it('skips a statutory holiday to the first working day after it, make-up days included', () => {
    const from = repliesFrom(cn('2030-02-05 10:00'), FIXTURE_CALENDAR)!;
    expect(isoInZone(from, standard.timeZone).slice(0, 10) > '2030-02-10').toBe(true);
    // The make-up Sunday before the festival is a working day for standard hours.
    const beforeMakeUp = repliesFrom(cn('2030-01-26 18:00'), FIXTURE_CALENDAR)!;
    expect(isoInZone(beforeMakeUp, standard.timeZone).slice(0, 10)).toBe('2030-01-27');
  });
});

describe('isoInZone', () => {
  it('writes the wall clock of the zone with its offset, seconds kept', () => {
    expect(isoInZone(new Date('2026-10-08T00:00:00Z'), 'Asia/Shanghai')).toBe('2026-10-08T08:00:00+08:00');
    expect(isoInZone(new Date('2026-12-31T16:30:15Z'), 'Asia/Shanghai')).toBe('2027-01-01T00:30:15+08:00');
    expect(isoInZone(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(isoInZone(new Date('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe('2026-07-01T17:30:00+05:30');
  });
});
