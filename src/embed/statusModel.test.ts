/**
 * The embeddable element reads only /support-policy.json, yet must say what the
 * site's badges say: its model, fed the published policy (after a JSON round
 * trip), is compared with the site's own status functions (src/lib/time/status.ts)
 * on the build's calendar, hour by hour over holidays, make-up days, closures,
 * ordinary weeks and a year the calendar does not cover. Its words are checked
 * for the promise of ARCHITECTURE.md, "Who answers, and when": a queued channel is never called open, staffed or online.
 */
import {describe, expect, it} from 'vitest';
import {CHANNELS, LOCALES, STANDARD_HOURS, type Locale} from '../data';
import {calendarFor, dayNumber, isoDateOfDay} from '../lib/calendar/calendar';
import {loadCalendar} from '../node/calendar/calendarSource';
import {isUsable, offeredChannels} from '../lib/channels/channelEntry';
import {getChannel, getSchedule} from '../lib/lookup';
import {channelStatus, repliesFrom} from '../lib/time/status';
import {buildSupportPolicy} from '../node/feeds/supportPolicy';
import {channelRows, policyCalendar, type SupportPolicy} from './statusModel';
import {detailText, stateText} from './statusWords';
import {Closure} from '../data/types';

const CLOSURES: Closure[] = [
  {
    id: 'fixture-phone-down',
    from: '2026-11-12',
    to: '2026-11-13',
    channels: ['phone', 'wechat'],
    reason: {'zh-Hans': '电话线路维护', en: 'phone line maintenance'},
  },
  {
    // Closes the standard hours: no channel keeps them, but the queued channels' replies wait.
    id: 'fixture-team-away',
    from: '2026-11-18',
    to: '2026-11-19',
    schedules: [STANDARD_HOURS],
    reason: {'zh-Hans': '团队外出培训', en: 'team training'},
  },
];

/** 2026 from the package (2027 is not covered by it: the weekly hours, as the site says). */
const SOURCE = loadCalendar([2026], {manual: [], closures: CLOSURES}).calendar;
const POLICY = JSON.parse(JSON.stringify(buildSupportPolicy('https://support.websoft9.com', SOURCE))) as SupportPolicy;

const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/** Wall-clock times that matter to 08:00–17:30 hours (each side of both edges), and some between. */
const TIMES = ['00:00', '03:00', '07:59', '08:00', '10:00', '12:30', '17:29', '17:30', '20:00', '23:59'];

/** Those times on each day from `from`, `days` long. */
function instants(from: string, days: number): Date[] {
  return Array.from({length: days}, (_, day) => isoDateOfDay(dayNumber(from) + day)).flatMap((date) =>
    TIMES.map((time) => at(date, time)),
  );
}

/** Periods to compare, and the reasons each must show (so that none passes on ordinary hours alone). */
const PERIODS: [string, Date[], string[]][] = [
  ['the National Day break and its make-up days', instants('2026-09-19', 23), ['holiday', 'workday', 'hours']],
  ['an ordinary week', instants('2026-03-09', 7), ['hours']],
  ['the announced closures', instants('2026-11-11', 10), ['closure', 'hours']],
  ['New Year 2027, which the calendar does not cover', instants('2026-12-30', 5), ['uncalendared', 'hours']],
];

describe.each(LOCALES)('the element’s model in %s', (locale: Locale) => {
  const calendar = calendarFor(SOURCE, locale);

  it('reads the calendar the pages get from the policy', () => {
    const fromPolicy = policyCalendar(POLICY, locale);
    expect(fromPolicy).toMatchObject({
      source: calendar.source,
      years: calendar.years,
      lawFixedYears: [],
      holidays: calendar.holidays,
      workdays: calendar.workdays,
    });
    // The policy names the offered channels a closure closes (not one nobody can use yet), and keeps the schedules it names.
    const offered = offeredChannels();
    const named = offered.filter((channel) => CLOSURES[0]!.channels!.includes(channel.id)).map((channel) => channel.id);
    const onStandardHours = offered.filter((channel) => channel.schedule === STANDARD_HOURS).map((channel) => channel.id);
    expect(named).toContain('phone');
    expect(fromPolicy.closures).toEqual([
      {from: '2026-11-12', to: '2026-11-13', name: CLOSURES[0]!.reason[locale], channels: named},
      {
        from: '2026-11-18',
        to: '2026-11-19',
        name: CLOSURES[1]!.reason[locale],
        channels: onStandardHours,
        schedules: [STANDARD_HOURS],
      },
    ]);
  });

  // A few thousand readings of the time model: generous time on a busy machine.
  it.each(PERIODS)('agrees with the site’s badges over %s', {timeout: 60_000}, (_, period, expectedReasons) => {
    let compared = 0;
    const reasons = new Set<string>();
    const states = new Set<string>();
    for (const instant of period) {
      const rows = channelRows(POLICY, locale, instant);
      expect(rows.map((row) => row.id)).toEqual(offeredChannels().map((channel) => channel.id));
      for (const channel of offeredChannels()) {
        const row = rows.find((candidate) => candidate.id === channel.id)!;
        const site = channelStatus(channel, instant, calendar);
        const when = instant.toISOString();
        expect({state: row.state, reason: row.reason, name: row.name}, `${channel.id} ${when}`).toEqual({
          state: site.state,
          reason: site.reason,
          name: site.name,
        });
        expect(row.opensAt?.getTime() ?? null, `${channel.id} opens ${when}`).toBe(site.opensAt?.getTime() ?? null);
        const replies = channel.attendance === 'queued' ? repliesFrom(instant, calendar) : null;
        expect(row.repliesFrom?.getTime() ?? null, `${channel.id} replies ${when}`).toBe(replies?.getTime() ?? null);
        reasons.add(row.reason);
        states.add(row.state);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(period.length * 3);
    expect([...reasons].sort()).toEqual([...expectedReasons].sort());
    expect([...states].sort()).toEqual(['closed', 'open']);
  });

  it('shows only the channel asked for', () => {
    // An offered channel alone; a channel nobody can use yet (WeChat until its codes are published), none.
    for (const channel of CHANNELS) {
      const rows = channelRows(POLICY, locale, at('2026-03-10', '10:00'), channel.id).map((row) => row.id);
      expect(rows, channel.id).toEqual(isUsable(channel) ? [channel.id] : []);
    }
  });

  it('delays the queued channels’ replies while the standard hours are closed', () => {
    const queued = channelRows(POLICY, locale, at('2026-11-18', '10:00')).filter((row) => row.attendance === 'queued');
    expect(queued.length).toBeGreaterThan(0);
    for (const row of queued) {
      expect(row.state).toBe('open');
      expect(row.repliesFrom).toEqual(at('2026-11-20', '08:00'));
    }
  });
});

describe('a year known only by the days off the law fixes (lawFixedYears)', () => {
  const NEW_YEAR = {'zh-Hans': '元旦', en: "New Year's Day"};
  const source = {
    ...SOURCE,
    lawFixedYears: [2027],
    holidays: [...SOURCE.holidays, {from: '2027-01-01', to: '2027-01-01', name: NEW_YEAR}],
  };
  const policy = JSON.parse(JSON.stringify(buildSupportPolicy('https://support.websoft9.com', source))) as SupportPolicy;

  it.each(LOCALES)('is read from the policy and gives the same states as the site (%s)', (locale) => {
    expect(policy.calendar.lawFixedYears).toEqual([2027]);
    expect(policyCalendar(policy, locale).lawFixedYears).toEqual([2027]);
    const calendar = calendarFor(source, locale);
    // The law-fixed New Year's Day closes the observing channels on both, and the next day is a guess from the weekly hours.
    const phone = channelRows(policy, locale, at('2027-01-01', '10:00'), 'phone')[0]!;
    expect([phone.state, phone.reason, phone.name]).toEqual(['closed', 'holiday', NEW_YEAR[locale]]);
    expect(channelRows(policy, locale, at('2027-01-04', '10:00'), 'phone')[0]!.reason).toBe('uncalendared');
    for (const instant of instants('2026-12-31', 3)) {
      for (const row of channelRows(policy, locale, instant)) {
        const site = channelStatus(
          offeredChannels().find((channel) => channel.id === row.id)!,
          instant,
          calendar,
        );
        expect([row.state, row.reason, row.opensAt?.getTime()], `${row.id} ${instant.toISOString()}`).toEqual([
          site.state,
          site.reason,
          site.opensAt?.getTime(),
        ]);
      }
    }
  });
});

describe('the element’s words', () => {
  const NEVER_FOR_QUEUED = /在线|有人值守|服务中|staffed|online|open now/i;

  it.each(LOCALES)('never call a queued channel open, staffed or online, and say when the team reads it (%s)', (locale) => {
    const sunday = at('2026-03-08', '03:00');
    const rows = channelRows(POLICY, locale, sunday);
    const queued = rows.filter((row) => row.attendance === 'queued');
    expect(queued.length).toBeGreaterThan(0);
    for (const row of queued) {
      expect(stateText(row, locale)).toBe(locale === 'en' ? 'Accepting' : '受理中');
      const detail = detailText(row, sunday, locale);
      expect(detail).not.toMatch(NEVER_FOR_QUEUED);
      expect(detail).toMatch(locale === 'en' ? /^Replies from .*08:00.* China time/ : /^团队将于北京时间.*08:00/);
    }
    // Inside standard hours there is nothing to add.
    const monday = at('2026-03-09', '10:00');
    for (const row of channelRows(POLICY, locale, monday).filter((candidate) => candidate.attendance === 'queued')) {
      expect(detailText(row, monday, locale)).toBe('');
    }
  });

  it.each(LOCALES)('say why a live channel is closed on a holiday and when it opens (%s)', (locale) => {
    // The phone's hours as src/data/hours.ts has them: it opens at the start of its working day.
    const opening = getSchedule(getChannel('phone').schedule).intervals[0]!.start;
    const instant = at('2026-10-02', '10:00');
    const phone = channelRows(POLICY, locale, instant, 'phone')[0]!;
    expect(stateText(phone, locale)).toBe(locale === 'en' ? 'Closed for National Day' : '国庆节休息');
    expect(detailText(phone, instant, locale)).toContain(opening);
    const open = channelRows(POLICY, locale, at('2026-03-09', opening), 'phone')[0]!;
    expect(stateText(open, locale)).toBe(locale === 'en' ? 'Open now' : '服务中');
  });
});
