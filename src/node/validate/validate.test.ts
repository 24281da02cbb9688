/**
 * The build-time checks of the helpdesk facts. Bad data is built by cloning the
 * real data (structuredClone) and changing one field per test, so each test shows
 * that exactly that field is caught, with a message that names the entry.
 */
import {describe, expect, it} from 'vitest';

import {CHANNELS} from '../../data/channels';
import {CLOSURES, MANUAL_CALENDAR} from '../../data/closures';
import {FAQ_IDS} from '../../data/faq';
import {SCHEDULES} from '../../data/hours';
import type {Channel, ChannelEntry, ChannelId, Schedule, ScheduleId, WallTime, Weekday, Closure} from '../../data/types';
import {assertValid, findProblems, type HelpdeskData} from './validate';

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? {-readonly [K in keyof T]: DeepMutable<T[K]>}
    : T;

interface MutableData {
  schedules: DeepMutable<Schedule>[];
  channels: DeepMutable<Channel>[];
  faqIds: string[];
  closures: DeepMutable<Closure>[];
  manualCalendar: DeepMutable<HelpdeskData['manualCalendar'][number]>[];
}

/** The real facts with a fixture closure and a fixture manual year (the real lists may be empty). */
const REAL: HelpdeskData = {
  schedules: SCHEDULES,
  channels: CHANNELS,
  faqIds: FAQ_IDS,
  closures: [
    {
      id: 'fixture-retreat',
      from: '2030-03-02',
      to: '2030-03-03',
      channels: ['phone'],
      schedules: ['5x8'],
      reason: {'zh-Hans': '团队外出培训', en: 'team training'},
    },
  ],
  manualCalendar: [
    {
      year: 2030,
      holidays: [{from: '2030-10-01', to: '2030-10-07', name: {'zh-Hans': '国庆节', en: 'National Day'}}],
      workdays: [{from: '2030-09-29', to: '2030-09-29', name: {'zh-Hans': '国庆节', en: 'National Day'}}],
    },
  ],
};

/** A deep, independent copy of the real data, free to be broken. */
function realData(): MutableData {
  return structuredClone(REAL) as unknown as MutableData;
}

function scheduleOf(data: MutableData, id: ScheduleId): DeepMutable<Schedule> {
  const found = data.schedules.find((s) => s.id === id);
  if (!found) throw new Error(`no schedule "${id}"`);
  return found;
}

function channelOf(data: MutableData, id: ChannelId): DeepMutable<Channel> {
  const found = data.channels.find((c) => c.id === id);
  if (!found) throw new Error(`no channel "${id}"`);
  return found;
}

function entryOf<K extends ChannelEntry['kind']>(
  data: MutableData,
  id: ChannelId,
  kind: K,
): DeepMutable<Extract<ChannelEntry, {kind: K}>> {
  const {entry} = channelOf(data, id);
  if (entry.kind !== kind) throw new Error(`channel "${id}" has a ${entry.kind} entry, not ${kind}`);
  return entry as DeepMutable<Extract<ChannelEntry, {kind: K}>>;
}

describe('the real helpdesk data', () => {
  it('has zero problems', () => {
    expect(findProblems(REAL)).toEqual([]);
  });

  it('passes assertValid', () => {
    expect(() => assertValid(REAL)).not.toThrow();
  });

  it('is cloned, not shared, by the tests below', () => {
    const data = realData();
    channelOf(data, 'ticket').label.en = '';
    expect(CHANNELS[0]!.label.en).toBe('Support ticket');
    expect(findProblems(data)).not.toEqual([]);
    expect(findProblems(REAL)).toEqual([]);
  });
});

describe('findProblems names the broken entry', () => {
  describe('duplicate ids', () => {
    it('catches a duplicate channel id', () => {
      const data = realData();
      channelOf(data, 'email').id = 'ticket';
      expect(findProblems(data)).toEqual(['channel "ticket": the id is used more than once']);
    });

    it('catches a duplicate FAQ id', () => {
      const data = realData();
      data.faqIds[5] = 'ticket-registration';
      expect(findProblems(data)).toEqual(['FAQ entry "ticket-registration": the id is used more than once']);
    });

    it('catches a duplicate schedule id', () => {
      const data = realData();
      scheduleOf(data, '6x8').id = '5x8';
      expect(findProblems(data)).toEqual(['schedule "5x8": the id is used more than once']);
    });

    it('catches an FAQ id that is not a lower-case hyphenated anchor', () => {
      const data = realData();
      data.faqIds[0] = 'Ticket_Registration';
      expect(findProblems(data)).toEqual([
        'FAQ entry "Ticket_Registration": ids must be lower-case ASCII words joined by hyphens',
      ]);
    });
  });

  describe('localized texts', () => {
    it('catches an empty English label', () => {
      const data = realData();
      channelOf(data, 'ticket').label.en = '';
      expect(findProblems(data)).toEqual(['channel "ticket" label: the en text is empty or missing']);
    });

    it('catches an empty Chinese label', () => {
      const data = realData();
      channelOf(data, 'phone').label['zh-Hans'] = '';
      expect(findProblems(data)).toEqual(['channel "phone" label: the zh-Hans text is empty or missing']);
    });

    it('treats a whitespace-only label as empty', () => {
      const data = realData();
      channelOf(data, 'wechat').label.en = ' \t\n';
      expect(findProblems(data)).toEqual(['channel "wechat" label: the en text is empty or missing']);
    });

    it('catches a missing label text', () => {
      const data = realData();
      delete (channelOf(data, 'email').label as Partial<Record<string, string>>)['zh-Hans'];
      expect(findProblems(data)).toEqual(['channel "email" label: the zh-Hans text is empty or missing']);
    });

    it('catches an empty list name', () => {
      const data = realData();
      channelOf(data, 'phone').listName.en = '';
      expect(findProblems(data)).toEqual(['channel "phone" list name: the en text is empty or missing']);
    });

    it('catches an empty use case, entry label and schedule meaning', () => {
      const useCase = realData();
      channelOf(useCase, 'qq-group').useCase.en = '';
      expect(findProblems(useCase)).toEqual(['channel "qq-group" use case: the en text is empty or missing']);

      const entryLabel = realData();
      entryOf(entryLabel, 'ticket', 'link').label['zh-Hans'] = '';
      expect(findProblems(entryLabel)).toEqual(['channel "ticket" entry label: the zh-Hans text is empty or missing']);

      const meaning = realData();
      scheduleOf(meaning, '7x8').meaning.en = '';
      expect(findProblems(meaning)).toEqual(['schedule "7x8" meaning: the en text is empty or missing']);
    });
  });

  describe('schedules', () => {
    it('catches an interval whose end equals its start', () => {
      const data = realData();
      // 7×24 owns its interval; 7×8, 5×8 and 6×8 share one object, which the clone keeps shared.
      scheduleOf(data, '7x24').intervals[0]!.end = '00:00';
      expect(findProblems(data)).toEqual(['schedule "7x24": interval 00:00–00:00 does not end after it starts']);
    });

    it('catches an interval whose end is before its start', () => {
      const data = realData();
      scheduleOf(data, '5x8').intervals = [{start: '17:30', end: '08:00'}];
      expect(findProblems(data)).toEqual(['schedule "5x8": interval 17:30–08:00 does not end after it starts']);
    });

    it('catches a malformed wall time in an interval', () => {
      const data = realData();
      scheduleOf(data, '6x8').intervals = [{start: '8:00' as WallTime, end: '17:30'}];
      expect(findProblems(data)).toEqual(['schedule "6x8": "8:00" is not a HH:MM time']);
    });

    it.each([0, 8])('catches the unknown weekday %i', (day) => {
      const data = realData();
      scheduleOf(data, '7x8').days[day === 0 ? 0 : 6] = day as Weekday;
      expect(findProblems(data)).toEqual([`schedule "7x8": unknown weekday ${day} (use 1 = Monday … 7 = Sunday)`]);
    });

    it('catches a non-integer weekday', () => {
      const data = realData();
      scheduleOf(data, '5x8').days[0] = 1.5 as Weekday;
      expect(findProblems(data)).toEqual(['schedule "5x8": unknown weekday 1.5 (use 1 = Monday … 7 = Sunday)']);
    });

    it('catches an unknown time zone', () => {
      const data = realData();
      scheduleOf(data, '6x8').timeZone = 'Mars/Olympus';
      expect(findProblems(data)).toEqual(['schedule "6x8": unknown time zone "Mars/Olympus"']);
    });

    it('catches a schedule with no days or no intervals', () => {
      const noDays = realData();
      scheduleOf(noDays, '5x8').days = [];
      expect(findProblems(noDays)).toEqual(['schedule "5x8": no weekday is listed']);

      const noIntervals = realData();
      scheduleOf(noIntervals, '7x24').intervals = [];
      expect(findProblems(noIntervals)).toEqual(['schedule "7x24": no opening interval is listed']);
    });
  });

  describe('channels', () => {
    it('catches a channel that refers to an unknown schedule', () => {
      const data = realData();
      channelOf(data, 'qq-group').schedule = '24x7' as ScheduleId;
      expect(findProblems(data)).toEqual(['channel "qq-group": unknown schedule "24x7"']);
    });

    it('catches every channel left behind when a schedule is renamed', () => {
      const data = realData();
      scheduleOf(data, '7x24').id = 'always' as ScheduleId;
      expect(findProblems(data)).toEqual([
        'channel "ticket": unknown schedule "7x24"',
        'channel "email": unknown schedule "7x24"',
      ]);
    });

    it.each(['0731-8957 2759', '8673189572759', '+86 731 8957 2759', '+86-731-89572759', '+1234567', '+1234567890123456', ''])(
      'catches the malformed phone number "%s"',
      (e164) => {
        const data = realData();
        entryOf(data, 'phone', 'phone').e164 = e164;
        expect(findProblems(data)).toEqual([`channel "phone": "${e164}" is not an E.164 phone number`]);
      },
    );

    it('catches a malformed email address', () => {
      const data = realData();
      entryOf(data, 'email', 'email').address = 'help at websoft9.com';
      expect(findProblems(data)).toEqual(['channel "email": "help at websoft9.com" is not an email address']);
    });

    it('catches an entry link that is not http(s)', () => {
      const data = realData();
      entryOf(data, 'qq-group', 'link').href = 'javascript:alert(1)';
      expect(findProblems(data)).toEqual(['channel "qq-group": entry link "javascript:alert(1)" is not an http(s) URL']);
    });

    it('catches a WeChat QR image outside static/ and one without alt text', () => {
      const data = realData();
      entryOf(data, 'wechat', 'scan').images = [
        {src: 'https://example.com/qr.png', alt: {'zh-Hans': '客服微信二维码', en: 'Support WeChat QR code'}},
        {src: '/img/wechat.png', alt: {'zh-Hans': '客服微信二维码', en: ''}},
      ];
      expect(findProblems(data)).toEqual([
        'channel "wechat" image 1: must be a path under static/ starting with "/"',
        'channel "wechat" image 2 alt text: the en text is empty or missing',
      ]);
    });

    it('catches a displayed or international phone number that is not the E.164 number', () => {
      const display = realData();
      entryOf(display, 'phone', 'phone').display = '0731-8957 2758';
      expect(findProblems(display)).toEqual(['channel "phone": the displayed number "0731-8957 2758" is not +8673189572759']);
      const international = realData();
      entryOf(international, 'phone', 'phone').international = '+86 731 8957 275';
      expect(findProblems(international)).toEqual([
        'channel "phone": the international number "+86 731 8957 275" is not +8673189572759',
      ]);
    });

    it('catches a group number that is empty', () => {
      const data = realData();
      entryOf(data, 'qq-group', 'link').reference!.value = ' ';
      expect(findProblems(data)).toEqual(['channel "qq-group" entry reference: the value is empty']);
    });
  });
});

describe('assertValid', () => {
  it('throws one error listing every problem, each naming its entry', () => {
    const data = realData();
    channelOf(data, 'email').id = 'ticket';
    data.faqIds[5] = 'ticket-registration';
    channelOf(data, 'ticket').label.en = '';
    channelOf(data, 'phone').label['zh-Hans'] = '';
    scheduleOf(data, '7x24').intervals[0]!.end = '00:00';
    scheduleOf(data, '5x8').intervals = [{start: '17:30', end: '08:00'}];
    scheduleOf(data, '7x8').days[0] = 0 as Weekday;
    scheduleOf(data, '7x8').days[6] = 8 as Weekday;
    scheduleOf(data, '6x8').timeZone = 'Mars/Olympus';
    channelOf(data, 'qq-group').schedule = '24x7' as ScheduleId;
    entryOf(data, 'phone', 'phone').e164 = '0731-8957 2759';

    const expected = [
      'channel "ticket": the id is used more than once',
      'FAQ entry "ticket-registration": the id is used more than once',
      'channel "ticket" label: the en text is empty or missing',
      'channel "phone" label: the zh-Hans text is empty or missing',
      'schedule "7x24": interval 00:00–00:00 does not end after it starts',
      'schedule "5x8": interval 17:30–08:00 does not end after it starts',
      'schedule "7x8": unknown weekday 0 (use 1 = Monday … 7 = Sunday)',
      'schedule "7x8": unknown weekday 8 (use 1 = Monday … 7 = Sunday)',
      'schedule "6x8": unknown time zone "Mars/Olympus"',
      'channel "qq-group": unknown schedule "24x7"',
      'channel "phone": "0731-8957 2759" is not an E.164 phone number',
    ];
    expect([...findProblems(data)].sort()).toEqual([...expected].sort());

    let thrown: unknown;
    try {
      assertValid(data);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const message = (thrown as Error).message;
    const [heading, ...lines] = message.split('\n');
    expect(heading).toBe('The helpdesk data in src/data/ is invalid:');
    expect(lines.map((line) => line.replace(/^- /, '')).sort()).toEqual([...expected].sort());
    expect(lines.every((line) => line.startsWith('- '))).toBe(true);
  });

  it('throws for a single problem too', () => {
    const data = realData();
    scheduleOf(data, '6x8').timeZone = 'Mars/Olympus';
    expect(() => assertValid(data)).toThrowError(
      'The helpdesk data in src/data/ is invalid:\n- schedule "6x8": unknown time zone "Mars/Olympus"',
    );
  });
});

describe('closures and a year entered by hand', () => {
  const problemsOf = (change: (data: MutableData) => void) => {
    const data = realData();
    change(data);
    return findProblems(data as unknown as HelpdeskData);
  };

  it('accepts the fixture closure and manual year, and the real lists in src/data/closures.ts', () => {
    expect(findProblems(REAL)).toEqual([]);
    expect(findProblems({...REAL, closures: CLOSURES, manualCalendar: MANUAL_CALENDAR})).toEqual([]);
  });

  it.each<[string, (data: MutableData) => void, RegExp]>([
    [
      'a date that does not exist',
      (d) => void (d.closures[0]!.from = '2030-02-30'),
      /closure "fixture-retreat": from "2030-02-30" is not a date/,
    ],
    [
      'a date in another format',
      (d) => void (d.closures[0]!.to = '2030/03/03'),
      /closure "fixture-retreat": to "2030\/03\/03" is not a date/,
    ],
    [
      'an end before the start',
      (d) => void (d.closures[0]!.to = '2030-03-01'),
      /closure "fixture-retreat": ends \(2030-03-01\) before it starts/,
    ],
    [
      'an unknown channel',
      (d) => void (d.closures[0]!.channels = ['fax' as ChannelId]),
      /closure "fixture-retreat": unknown channel "fax"/,
    ],
    [
      'an unknown schedule',
      (d) => void (d.closures[0]!.schedules = ['9x9' as ScheduleId]),
      /closure "fixture-retreat": unknown schedule "9x9"/,
    ],
    [
      'nothing to close',
      (d) => void ((d.closures[0]!.channels = []), (d.closures[0]!.schedules = undefined)),
      /closure "fixture-retreat": names no channel and no schedule/,
    ],
    ['an empty reason', (d) => void (d.closures[0]!.reason.en = ' '), /closure "fixture-retreat" reason: the en text is empty/],
    [
      'a repeated id',
      (d) => void d.closures.push(structuredClone(d.closures[0]!)),
      /closure "fixture-retreat": the id is used more than once/,
    ],
    [
      'a manual range outside its year',
      (d) => void (d.manualCalendar[0]!.holidays[0]!.to = '2031-01-02'),
      /MANUAL_CALENDAR 2030 holiday 2030-10-01–2031-01-02: lies outside 2030/,
    ],
    [
      'a manual day both off and worked',
      (d) => void (d.manualCalendar[0]!.workdays[0]!.from = d.manualCalendar[0]!.workdays[0]!.to = '2030-10-03'),
      /MANUAL_CALENDAR 2030 make-up working day .*: 2030-10-03 is also listed as holiday/,
    ],
    [
      'a manual range with an empty name',
      (d) => void (d.manualCalendar[0]!.holidays[0]!.name['zh-Hans'] = ''),
      /MANUAL_CALENDAR 2030 holiday .* name: the zh-Hans text is empty/,
    ],
  ])('names the entry on %s', (_, change, message) => {
    const problems = problemsOf(change);
    expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });
});
