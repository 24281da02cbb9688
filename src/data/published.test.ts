/**
 * THE PUBLISHED FACTS, as announced to customers (ARCHITECTURE.md, "Service hours",
 * "Who answers, and when", "Pages and stable anchors"), typed here by hand on purpose.
 *
 * This is the one test that fails when a published fact changes: the hours, a phone
 * number, an address or link, whether WeChat has codes to scan, the channels and their
 * order, the response promises, the support finder's problem ids. When you change one of them in src/data on purpose,
 * change it here too, in the same commit: the failure is the reminder that customers
 * will see the change. Every other test reads src/data or a fixture and follows it.
 */
import {describe, expect, it} from 'vitest';
import {CHANNELS} from './channels';
import {FAQ_IDS} from './faq';
import {SCHEDULES, STANDARD_HOURS, SUPPORT_TIME_ZONE} from './hours';
import {SCOPE_GROUPS} from './scope';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const WORKING_DAY = [{start: '08:00', end: '17:30'}];

describe('the published schedules (src/data/hours.ts)', () => {
  it('are 7×24, 7×8, 5×8 and 6×8 in China time, 08:00–17:30 part-time', () => {
    expect(SUPPORT_TIME_ZONE).toBe('Asia/Shanghai');
    expect(
      SCHEDULES.map(({id, notation, timeZone, days, intervals, holidays}) => ({
        id,
        notation,
        timeZone,
        days,
        intervals,
        holidays,
      })),
    ).toEqual([
      {
        id: '7x24',
        notation: '7×24',
        timeZone: 'Asia/Shanghai',
        days: EVERY_DAY,
        intervals: [{start: '00:00', end: '24:00'}],
        holidays: 'ignored',
      },
      {id: '7x8', notation: '7×8', timeZone: 'Asia/Shanghai', days: EVERY_DAY, intervals: WORKING_DAY, holidays: 'observed'},
      {
        id: '5x8',
        notation: '5×8',
        timeZone: 'Asia/Shanghai',
        days: [1, 2, 3, 4, 5],
        intervals: WORKING_DAY,
        holidays: 'observed',
      },
      {
        id: '6x8',
        notation: '6×8',
        timeZone: 'Asia/Shanghai',
        days: [1, 2, 3, 4, 5, 6],
        intervals: WORKING_DAY,
        holidays: 'observed',
      },
    ]);
  });

  it('name 6×8 the standard support hours', () => {
    expect(STANDARD_HOURS).toBe('6x8');
  });
});

describe('the published channels (src/data/channels.ts)', () => {
  it('are the ticket, e-mail, QQ group, WeChat and the phone, in that order, each on its schedule', () => {
    expect(CHANNELS.map(({id, schedule, attendance}) => [id, schedule, attendance])).toEqual([
      ['ticket', '7x24', 'queued'],
      ['email', '7x24', 'queued'],
      ['qq-group', '5x8', 'live'],
      ['wechat', '5x8', 'live'],
      ['phone', '7x8', 'live'],
    ]);
  });

  it('give these entries: the ticket form, the address, the QQ group, no WeChat code yet, the phone number', () => {
    expect(Object.fromEntries(CHANNELS.map(({id, entry}) => [id, entry]))).toMatchObject({
      ticket: {kind: 'link', href: 'https://share.hsforms.com/1V3u-6EPoRgOKEdi9kSk12w568t5'},
      email: {kind: 'email', address: 'help@websoft9.com'},
      'qq-group': {
        kind: 'link',
        href: 'http://shang.qq.com/wpa/qunwpa?idkey=97f84fb81422d72ef343017e250275c565fdde58ae4d6e2cea2d22fdb0651215',
        reference: {value: '128631425'},
      },
      // The QR state: WeChat is not offered until the owner publishes its codes.
      wechat: {kind: 'scan', images: []},
      phone: {kind: 'phone', e164: '+8673189572759', display: '0731-8957 2759', international: '+86 731 8957 2759'},
    });
  });

  it('promise: WeChat and the phone in real time, tickets and e-mail within an hour; after hours tickets and e-mail, the phone when urgent', () => {
    expect(
      CHANNELS.map(({id, responseInStandardHours, outsideStandardHours}) => [
        id,
        responseInStandardHours,
        outsideStandardHours,
      ]),
    ).toEqual([
      ['ticket', 'within-1-hour', 'first-choice'],
      ['email', 'within-1-hour', 'first-choice'],
      ['qq-group', null, 'closed'],
      ['wechat', 'real-time', 'closed'],
      ['phone', 'real-time', 'urgent-only'],
    ]);
  });
});

describe('the published FAQ anchors (src/data/faq.ts)', () => {
  it('keep every id support staff paste into tickets (new ones may be added)', () => {
    expect(FAQ_IDS).toEqual(
      expect.arrayContaining([
        'ticket-registration',
        'ticket-replies',
        'ticket-checklist',
        'service-hours-notation',
        'standard-hours',
        'after-hours',
        'cannot-reach',
      ]),
    );
  });
});

describe('the published support finder problems (src/data/scope.ts)', () => {
  it('are the ids ARCHITECTURE.md lists, in their groups (support staff link them: ?problem=…)', () => {
    expect(SCOPE_GROUPS.map((group) => [group.id, group.items.map((item) => item.id)])).toEqual([
      [
        'free-human',
        [
          'app-unreachable',
          'security-group',
          'server-login',
          'http-error',
          'high-resource-usage',
          'slow-access',
          'service-start-failure',
        ],
      ],
      [
        'documentation-guided',
        [
          'install-website',
          'smtp',
          'database',
          'web-server-config',
          'app-config-files',
          'ftp',
          'https-domain',
          'upgrade-backup-migration',
          'performance-cdn-storage',
          'linux-commands',
          'vulnerability-alerts',
        ],
      ],
      ['out-of-scope', ['business-features']],
    ]);
  });
});
