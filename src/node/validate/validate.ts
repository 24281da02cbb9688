/**
 * Build-time checks of the helpdesk facts. A bad entry stops the build with a
 * message that names it, instead of shipping a page with a hole in it.
 */
import {isIsoDate, rangeDates} from '../../lib/calendar/calendar';
import {entryProblems} from '../../lib/channels/channelEntry';
import {wallTimeToMinutes} from '../../lib/time/wallTime';
import {
  LOCALES,
  type Channel,
  type Localized,
  type Schedule,
  type CalendarRange,
  type DateRange,
  Closure,
  ManualCalendarYear,
} from '../../data/types';
import {SCOPE, scopeProblems} from './validateScope';

export interface HelpdeskData {
  schedules: readonly Schedule[];
  channels: readonly Channel[];
  faqIds: readonly string[];
  closures: readonly Closure[];
  manualCalendar: readonly ManualCalendarYear[];
}

const ANCHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone});
    return true;
  } catch {
    return false;
  }
}

function checkLocalized(text: Localized | undefined, where: string, problems: string[]): void {
  for (const locale of LOCALES) {
    const value = text?.[locale];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${where}: the ${locale} text is empty or missing`);
    }
  }
}

function checkUniqueIds(ids: readonly string[], kind: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      problems.push(`${kind} "${id}": the id is used more than once`);
    }
    seen.add(id);
    if (!ANCHOR_ID.test(id)) {
      problems.push(`${kind} "${id}": ids must be lower-case ASCII words joined by hyphens`);
    }
  }
}

function checkSchedule(schedule: Schedule, problems: string[]): void {
  const where = `schedule "${schedule.id}"`;
  if (!isKnownTimeZone(schedule.timeZone)) {
    problems.push(`${where}: unknown time zone "${schedule.timeZone}"`);
  }
  if (schedule.days.length === 0) {
    problems.push(`${where}: no weekday is listed`);
  }
  for (const day of schedule.days) {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      problems.push(`${where}: unknown weekday ${JSON.stringify(day)} (use 1 = Monday … 7 = Sunday)`);
    }
  }
  if (schedule.intervals.length === 0) {
    problems.push(`${where}: no opening interval is listed`);
  }
  for (const interval of schedule.intervals) {
    try {
      if (wallTimeToMinutes(interval.end) <= wallTimeToMinutes(interval.start)) {
        problems.push(`${where}: interval ${interval.start}–${interval.end} does not end after it starts`);
      }
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  }
  checkLocalized(schedule.meaning, `${where} meaning`, problems);
}

function checkChannel(channel: Channel, scheduleIds: Set<string>, problems: string[]): void {
  const where = `channel "${channel.id}"`;
  checkLocalized(channel.label, `${where} label`, problems);
  checkLocalized(channel.useCase, `${where} use case`, problems);
  if (!scheduleIds.has(channel.schedule)) {
    problems.push(`${where}: unknown schedule "${channel.schedule}"`);
  }
  for (const problem of entryProblems(channel.entry)) {
    problems.push(`${where}: ${problem}`);
  }
}

/** Both ends are real `YYYY-MM-DD` dates and `to` is not before `from`; false after reporting. */
function checkRange(range: DateRange, where: string, problems: string[]): boolean {
  for (const end of ['from', 'to'] as const) {
    if (!isIsoDate(range[end])) {
      problems.push(`${where}: ${end} ${JSON.stringify(range[end])} is not a date (write YYYY-MM-DD)`);
      return false;
    }
  }
  if (range.to < range.from) {
    problems.push(`${where}: ends (${range.to}) before it starts (${range.from})`);
    return false;
  }
  return true;
}

function checkClosure(closure: Closure, data: HelpdeskData, problems: string[]): void {
  const where = `closure "${closure.id}"`;
  checkRange(closure, where, problems);
  checkLocalized(closure.reason, `${where} reason`, problems);
  const channels = closure.channels ?? [];
  const schedules = closure.schedules ?? [];
  if (channels.length + schedules.length === 0) {
    problems.push(`${where}: names no channel and no schedule to close`);
  }
  const channelIds = new Set<string>(data.channels.map((channel) => channel.id));
  const scheduleIds = new Set<string>(data.schedules.map((schedule) => schedule.id));
  for (const id of channels.filter((candidate) => !channelIds.has(candidate))) {
    problems.push(`${where}: unknown channel "${id}" (known: ${[...channelIds].join(', ')})`);
  }
  for (const id of schedules.filter((candidate) => !scheduleIds.has(candidate))) {
    problems.push(`${where}: unknown schedule "${id}" (known: ${[...scheduleIds].join(', ')})`);
  }
}

function checkManualYear(entry: ManualCalendarYear, problems: string[]): void {
  const where = `MANUAL_CALENDAR ${entry.year}`;
  if (!Number.isInteger(entry.year) || entry.year < 2000 || entry.year > 2100) {
    problems.push(`${where}: ${JSON.stringify(entry.year)} is not a year`);
    return;
  }
  if (entry.holidays.length === 0) {
    problems.push(`${where}: lists no holiday`);
  }
  const seen = new Map<string, string>();
  const check = (ranges: readonly CalendarRange[], kind: string) => {
    for (const range of ranges) {
      const at = `${where} ${kind} ${range.from}–${range.to}`;
      checkLocalized(range.name, `${at} name`, problems);
      if (!checkRange(range, at, problems)) {
        continue;
      }
      if (!range.from.startsWith(`${entry.year}-`) || !range.to.startsWith(`${entry.year}-`)) {
        problems.push(`${at}: lies outside ${entry.year}`);
      }
      for (const date of rangeDates(range)) {
        if (seen.has(date)) {
          problems.push(`${at}: ${date} is also listed as ${seen.get(date)}`);
        }
        seen.set(date, kind);
      }
    }
  };
  check(entry.holidays, 'holiday');
  check(entry.workdays, 'make-up working day');
}

/** Every problem in the data, one line each; empty when the data is sound. */
export function findProblems(data: HelpdeskData): string[] {
  const problems: string[] = [];
  checkUniqueIds(
    data.schedules.map((schedule) => schedule.id),
    'schedule',
    problems,
  );
  checkUniqueIds(
    data.channels.map((channel) => channel.id),
    'channel',
    problems,
  );
  checkUniqueIds(data.faqIds, 'FAQ entry', problems);
  data.schedules.forEach((schedule) => checkSchedule(schedule, problems));
  const scheduleIds = new Set(data.schedules.map((schedule) => schedule.id));
  data.channels.forEach((channel) => checkChannel(channel, scheduleIds, problems));
  checkUniqueIds(
    data.closures.map((closure) => closure.id),
    'closure',
    problems,
  );
  data.closures.forEach((closure) => checkClosure(closure, data, problems));
  checkUniqueIds(
    data.manualCalendar.map((entry) => String(entry.year)),
    'MANUAL_CALENDAR year',
    problems,
  );
  data.manualCalendar.forEach((entry) => checkManualYear(entry, problems));
  problems.push(...scopeProblems(SCOPE));
  return problems;
}

export function assertValid(data: HelpdeskData): void {
  const problems = findProblems(data);
  if (problems.length > 0) {
    throw new Error(`The helpdesk data in src/data/ is invalid:\n- ${problems.join('\n- ')}`);
  }
}
