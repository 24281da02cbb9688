/**
 * An RFC 5545 (iCalendar) writer for a published feed of all-day events: pure,
 * no dependencies, no I/O. What the support calendar says lives in
 * supportCalendar.ts; this module only gets the syntax right:
 *
 * - lines end in CRLF and are folded so that no line exceeds 75 octets of UTF-8
 *   (a continuation line starts with one space), never inside a character;
 * - TEXT values escape backslash, semicolon, comma and line breaks;
 * - all-day events are `VALUE=DATE` with an exclusive `DTEND` (the day after the last);
 * - `DTSTAMP` is a UTC date-time.
 */
import {dayNumber, isoDateOfDay} from '../../lib/calendar/calendar';
import type {IsoDate} from '../../data/types';

/** An event that takes whole days, `from` to `to` included. */
export interface AllDayEvent {
  /** Globally unique and stable: the same event keeps it from one feed to the next. */
  uid: string;
  from: IsoDate;
  to: IsoDate;
  summary: string;
  description: string;
  /** A page about the event. */
  url?: string;
}

export interface CalendarFeed {
  /** `PRODID`: who wrote the feed. */
  productId: string;
  /** The calendar's name (`NAME`, `X-WR-CALNAME`). */
  name: string;
  /** What the calendar holds (`DESCRIPTION`, `X-WR-CALDESC`). */
  description: string;
  /** The IANA zone the calendar's dates are read in (`X-WR-TIMEZONE`). */
  timeZone: string;
  /** How often a subscriber should fetch it again, as an RFC 5545 duration (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`). */
  refreshInterval: string;
  /** When the feed was written (`DTSTAMP` of every event). */
  stamp: Date;
  events: readonly AllDayEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, line break excluded. */
export const MAX_LINE_OCTETS = 75;

/** A TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped, any line break as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * One content line folded (RFC 5545 §3.1): pieces of at most 75 octets joined by
 * CRLF and a space, the space counting towards the next piece's 75. Splits between
 * characters (code points), never inside one's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let size = 0;
  for (const character of line) {
    const width = octets(character);
    if (size + width > MAX_LINE_OCTETS) {
      pieces.push(piece);
      piece = ' ';
      size = 1;
    }
    piece += character;
    size += width;
  }
  pieces.push(piece);
  return pieces.join(CRLF);
}

/** `2026-10-01` → `20261001` (a DATE value). */
export function formatDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** A UTC DATE-TIME, whole seconds: `20261204T150405Z`. */
export function formatUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The day after `date`: the exclusive end of an all-day event. */
function nextDay(date: IsoDate): IsoDate {
  return isoDateOfDay(dayNumber(date) + 1);
}

function eventLines(event: AllDayEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatDate(event.from)}`,
    `DTEND;VALUE=DATE:${formatDate(nextDay(event.to))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL;VALUE=URI:${event.url}`] : []),
    // A day off in someone else's calendar does not make its owner busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The whole feed as an iCalendar object: events in date order (then by UID), so
 * that the same calendar gives the same bytes but for `DTSTAMP`.
 */
export function writeCalendar(feed: CalendarFeed): string {
  const stamp = formatUtc(feed.stamp);
  const events = [...feed.events].sort((a, b) =>
    a.from === b.from ? (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) : a.from < b.from ? -1 : 1,
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${feed.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(feed.name)}`,
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `DESCRIPTION:${escapeText(feed.description)}`,
    `X-WR-CALDESC:${escapeText(feed.description)}`,
    `X-WR-TIMEZONE:${feed.timeZone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${feed.refreshInterval}`,
    `X-PUBLISHED-TTL:${feed.refreshInterval}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
