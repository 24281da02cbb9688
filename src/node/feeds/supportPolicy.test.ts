import {describe, expect, it} from 'vitest';
import {CHANNELS, FAQ, SCHEDULES, STANDARD_HOURS, SUPPORT_TIME_ZONE, type Channel} from '../../data';
import {describeSchedule} from '../../lib/words/format';
import {blocksText} from '../../lib/words/richText';
import {buildSupportPolicy} from './supportPolicy';
import {channelHref, isUsable, offeredChannels} from '../../lib/channels/channelEntry';
import {FIXTURE_LAW_SOURCE, FIXTURE_SOURCE} from '../../lib/calendar/calendar.fixture';
import {getSchedule} from '../../lib/lookup';
import {FIXTURE_SCHEDULES} from '../../lib/time/schedule.fixture';

const SITE = 'https://support.example.com';

describe('support-policy.json', () => {
  const policy = buildSupportPolicy(SITE, FIXTURE_SOURCE);

  it('carries every offered channel with its link, schedule and attendance from the data, and no other', () => {
    expect(policy.channels.map((channel) => channel.id)).toEqual(offeredChannels().map((channel) => channel.id));
    for (const channel of CHANNELS.filter((candidate) => !isUsable(candidate))) {
      expect(JSON.stringify(policy)).not.toContain(`"${channel.id}"`);
    }
    for (const channel of offeredChannels()) {
      const published = policy.channels.find((entry) => entry.id === channel.id)!;
      expect(published.href).toBe(channelHref(channel));
      expect(published.schedule).toBe(channel.schedule);
      expect(published.label).toEqual(channel.label);
      expect(published.attendance).toBe(channel.attendance);
    }
    expect([...policy.attendance.live, ...policy.attendance.queued].sort()).toEqual(
      offeredChannels()
        .map((channel) => channel.id)
        .sort(),
    );
  });

  it('states the time zone, the standard hours and every schedule', () => {
    expect(policy.timeZone).toBe(SUPPORT_TIME_ZONE);
    expect(policy.standardHours).toBe(STANDARD_HOURS);
    expect(policy.schedules.map((schedule) => schedule.id)).toEqual(SCHEDULES.map((schedule) => schedule.id));
  });

  it('publishes the calendar it was built with: source, years, holidays, make-up days, closures', () => {
    expect(policy.calendar).toMatchObject({
      source: FIXTURE_SOURCE.source,
      coveredYears: FIXTURE_SOURCE.years,
      holidays: FIXTURE_SOURCE.holidays,
      makeUpWorkdays: FIXTURE_SOURCE.workdays,
    });
    expect(policy.calendar.closures.map((closure) => [closure.id, closure.channels])).toEqual([
      ['fixture-phone-outage', ['phone']],
      [
        'fixture-team-retreat',
        offeredChannels()
          .filter((channel) => channel.schedule === '5x8')
          .map((channel) => channel.id),
      ],
    ]);
  });

  it('lists the law-fixed years apart from the covered ones, and says in both languages what they mean', () => {
    expect(policy.calendar.lawFixedYears).toEqual([]);
    const withLaw = buildSupportPolicy(SITE, FIXTURE_LAW_SOURCE).calendar;
    expect(withLaw).toMatchObject({
      coveredYears: FIXTURE_LAW_SOURCE.years,
      lawFixedYears: FIXTURE_LAW_SOURCE.lawFixedYears,
      holidays: FIXTURE_LAW_SOURCE.holidays,
    });
    expect(withLaw.description.en).toContain('A year in lawFixedYears has only the days off that China’s law fixes');
    expect(withLaw.description['zh-Hans']).toContain('lawFixedYears 中的年份只列出《全国年节及纪念日放假办法》每年固定的假日');
    for (const text of Object.values(withLaw.description)) {
      expect(text).not.toMatch(/尚未公布|not (been )?(published|announced)/);
    }
  });

  it('gives each schedule its holiday behaviour, in a value and in words', () => {
    for (const schedule of SCHEDULES) {
      const published = policy.schedules.find((entry) => entry.id === schedule.id)!;
      expect(published.holidays).toBe(schedule.holidays);
      expect(published.holidayDescription.en).not.toBe('');
    }
  });

  it('groups the response promises as the FAQ gives them', () => {
    const ids = (test: (channel: Channel) => boolean) =>
      offeredChannels()
        .filter(test)
        .map((channel) => channel.id);
    const {inStandardHours, outsideStandardHours} = policy.responsePromises;
    expect(inStandardHours.realTime).toEqual(ids((channel) => channel.responseInStandardHours === 'real-time'));
    expect(inStandardHours.withinOneHour).toEqual(ids((channel) => channel.responseInStandardHours === 'within-1-hour'));
    expect(outsideStandardHours.firstChoice).toEqual(ids((channel) => channel.outsideStandardHours === 'first-choice'));
    expect(outsideStandardHours.urgentOnly).toEqual(ids((channel) => channel.outsideStandardHours === 'urgent-only'));
  });

  it('links every FAQ entry in both locales under the configured origin', () => {
    expect(policy.faq.map((entry) => entry.url.en)).toEqual(FAQ.map((entry) => `${SITE}/en/helpdesk/faq#${entry.id}`));
    expect(policy.faq[0]!.url['zh-Hans']).toBe(`${SITE}/helpdesk/faq#${FAQ[0]!.id}`);
  });
});

describe('schedule wording', () => {
  it('describes the standard hours in each locale with China time', () => {
    const sixByEight = {...FIXTURE_SCHEDULES['6x8'], meaning: {'zh-Hans': '周一至周六', en: 'Monday to Saturday'}};
    expect(describeSchedule(sixByEight, 'en')).toBe('Monday to Saturday, 08:00–17:30 China time');
    expect(describeSchedule(sixByEight, 'zh-Hans')).toBe('周一至周六 08:00–17:30（北京时间）');
    expect(describeSchedule(FIXTURE_SCHEDULES['7x24'], 'en')).not.toMatch(/\d\d:\d\d/);
  });

  it('reads FAQ answers as plain text with the facts filled in', () => {
    const standard = FAQ.find((entry) => entry.id === 'standard-hours')!;
    const text = blocksText(standard.answer.en, 'en');
    expect(text).toContain(describeSchedule(getSchedule(STANDARD_HOURS), 'en'));
    // It names every offered channel that promises an answer in standard hours, and no channel nobody can use yet.
    const promising = offeredChannels().filter((channel) => channel.responseInStandardHours !== null);
    expect(promising.length).toBeGreaterThan(0);
    for (const channel of promising) {
      expect(text, channel.id).toContain(channel.inText.en);
    }
    for (const channel of CHANNELS.filter((candidate) => !isUsable(candidate))) {
      expect(text, channel.id).not.toContain(channel.inText.en);
    }
    expect(text).not.toContain('[object Object]');
    for (const entry of FAQ) {
      expect(blocksText(entry.answer['zh-Hans'], 'zh-Hans')).not.toContain('[object Object]');
    }
  });
});
