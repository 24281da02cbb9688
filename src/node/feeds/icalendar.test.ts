/**
 * The iCalendar writer: escaping, folding and line ends by RFC 5545, and what it
 * writes read back by a maintained parser (ical.js) to the same values.
 */
import {describe, expect, it} from 'vitest';
import {ICAL, readFeed} from './icalendar.fixture';
import {escapeText, foldLine, formatUtc, MAX_LINE_OCTETS, writeCalendar, type CalendarFeed} from './icalendar';

const octets = (text: string) => new TextEncoder().encode(text).length;

const FEED: CalendarFeed = {
  productId: '-//Example//Test//EN',
  name: 'Test; calendar, with \\ specials',
  description: 'Line one\nline two',
  timeZone: 'Asia/Shanghai',
  refreshInterval: 'P1D',
  stamp: new Date('2026-12-04T15:04:05.678Z'),
  events: [
    {
      uid: 'b@example.com',
      from: '2026-10-01',
      to: '2026-10-07',
      summary: '国庆节：QQ 群、电话休息',
      // Long enough to fold several times, in three- and four-byte characters and ASCII.
      description: `${'法定节假日。'.repeat(12)} 😀😀😀 ${'a, b; c\\ '.repeat(10)}`,
      url: 'https://example.com/helpdesk/contact',
    },
    {uid: 'a@example.com', from: '2026-09-20', to: '2026-09-20', summary: 'One day', description: 'x'},
  ],
};

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'节'.repeat(40)}😀${'é'.repeat(30)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(octets(piece)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      // A lone surrogate or a cut UTF-8 sequence would not survive the round trip.
      expect(new TextDecoder('utf-8', {fatal: true}).decode(new TextEncoder().encode(piece))).toBe(piece);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('writeCalendar', () => {
  const text = writeCalendar(FEED);

  it('ends every line in CRLF and keeps each within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter((line) => octets(line) > MAX_LINE_OCTETS)).toEqual([]);
    // Folding happened: the long description spans several lines.
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
  });

  it('is read back by ical.js to the values written', () => {
    const {calendar, events} = readFeed(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(FEED.productId);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(FEED.name);
    expect(calendar.getFirstPropertyValue('name')).toBe(FEED.name);
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(FEED.description);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('P1D');

    // In date order, whatever the order given.
    expect(events.map((event) => event.uid)).toEqual(['a@example.com', 'b@example.com']);
    const [one, week] = events as [ICAL.Event, ICAL.Event];
    expect(one.startDate.isDate).toBe(true);
    expect(one.startDate.toString()).toBe('2026-09-20');
    expect(one.endDate.toString()).toBe('2026-09-21');
    expect(week.startDate.toString()).toBe('2026-10-01');
    // DTEND of an all-day event is exclusive: the day after the last.
    expect(week.endDate.toString()).toBe('2026-10-08');
    expect(week.summary).toBe(FEED.events[0]!.summary);
    expect(week.description).toBe(FEED.events[0]!.description);
    expect(week.component.getFirstPropertyValue('url')).toBe(FEED.events[0]!.url);
    expect(week.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    const stamp = week.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(stamp.toJSDate().toISOString()).toBe('2026-12-04T15:04:05.000Z');
  });

  it('writes DTSTAMP in UTC, whole seconds', () => {
    expect(formatUtc(new Date('2026-01-02T03:04:05.999Z'))).toBe('20260102T030405Z');
  });
});
