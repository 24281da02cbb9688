/**
 * Channel status on the fixture calendar: each channel follows its schedule's
 * holiday behaviour and the closures that name it, and all badges of a page
 * share one computation per clock tick. Expectations come from the data's
 * fields (which schedule, which behaviour), never from typed hours.
 */
import {describe, expect, it} from 'vitest';
import {CHANNELS, getSchedule, type Channel} from '../data';
import {FIXTURE_CALENDAR} from './calendar.fixture';
import {closes} from '../data/closures';
import {channelStatus, inStandardHours, openChannelCount, statusAt} from './status';

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

  it('agrees with channelStatus and counts the open channels', () => {
    const tick = cn('2030-02-16 10:00'); // a make-up Saturday
    const open = CHANNELS.filter((channel) => channelStatus(channel, tick, FIXTURE_CALENDAR).state === 'open');
    expect(openChannelCount(CHANNELS, tick, FIXTURE_CALENDAR)).toBe(open.length);
    for (const channel of CHANNELS) {
      expect(statusAt(channel.id, tick, FIXTURE_CALENDAR)).toEqual(channelStatus(channel, tick, FIXTURE_CALENDAR));
    }
  });
});
