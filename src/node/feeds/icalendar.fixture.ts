/**
 * Reading a feed back for tests, with a maintained iCalendar parser (ical.js) in
 * strict mode, so that what the writer emits is checked as a calendar client reads it.
 */
import ICAL from 'ical.js';

// RFC 5545 §3.8.8.2: a non-standard property (X-WR-CALNAME, X-WR-CALDESC) holds TEXT unless it says
// otherwise, and RFC 7986's NAME is TEXT; ical.js knows none of them and would keep their values raw.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'name']) {
  ICAL.design.icalendar.property[name] = {defaultType: 'text'};
}

export interface ReadFeed {
  calendar: ICAL.Component;
  events: ICAL.Event[];
}

/** The feed parsed: its VCALENDAR and its events, in the feed's order. */
export function readFeed(text: string): ReadFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))};
}

export {ICAL};
