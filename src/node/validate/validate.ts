/**
 * Build-time checks of the helpdesk facts. A bad entry stops the build with a
 * message that names it, instead of shipping a page with a hole in it. The rules
 * are Joi schemas (./validateSchema.ts); they check what the types cannot: texts
 * in both languages, unique ids, dates, times, numbers and references by id.
 */
import type {CustomHelpers} from 'joi';
import {isIsoDate, rangeDates} from '../../lib/calendar/calendar';
import {wallTimeToMinutes} from '../../lib/time/wallTime';
import type {
  CalendarRange,
  Channel,
  ChannelEntry,
  Closure,
  DailyInterval,
  DateRange,
  EntryKind,
  ManualCalendarYear,
  Schedule,
} from '../../data/types';
import {SCOPE, scopeProblems} from './validateScope';
import {Joi, anchorId, problemsOf, uniqueIds, type Naming} from './validateSchema';

export interface HelpdeskData {
  schedules: readonly Schedule[];
  channels: readonly Channel[];
  faqIds: readonly string[];
  closures: readonly Closure[];
  manualCalendar: readonly ManualCalendarYear[];
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone});
    return true;
  } catch {
    return false;
  }
}

const interval = Joi.object<DailyInterval>()
  .custom((value: DailyInterval, helpers: CustomHelpers) => {
    try {
      return wallTimeToMinutes(value.end) > wallTimeToMinutes(value.start) ? value : helpers.error('interval.order', value);
    } catch (error) {
      return helpers.error('interval.time', {problem: (error as Error).message});
    }
  })
  .messages({'interval.order': 'interval {#start}–{#end} does not end after it starts', 'interval.time': '{#problem}'});

const schedule = Joi.object<Schedule>({
  id: anchorId,
  timeZone: Joi.string()
    .custom((value: string, helpers: CustomHelpers) => (isKnownTimeZone(value) ? value : helpers.error('timeZone.unknown')))
    .messages({'timeZone.unknown': 'unknown time zone "{#value}"'}),
  days: Joi.array()
    .items(Joi.number().integer().min(1).max(7).messages({'*': 'unknown weekday {#value} (use 1 = Monday … 7 = Sunday)'}))
    .min(1)
    .messages({'array.min': 'no weekday is listed'}),
  intervals: Joi.array().items(interval).min(1).messages({'array.min': 'no opening interval is listed'}),
  meaning: Joi.localized().required(),
});

const E164 = /^\+[1-9]\d{7,14}$/;
const digits = (text: string): string => text.replace(/\D/g, '');

/** The schema of each kind of entry: a new kind in `ChannelEntry` is a compile error here until it has one. */
const ENTRY_SCHEMAS: {[K in EntryKind]: BaseSchema} = {
  link: Joi.object({
    href: Joi.string()
      .uri({scheme: ['http', 'https']})
      .messages({'*': 'entry link "{#value}" is not an http(s) URL'}),
    label: Joi.localized().required(),
    reference: Joi.object({
      label: Joi.localized().required(),
      value: Joi.string().trim().required().messages({'*': 'the value is empty'}),
    }),
  }),
  email: Joi.object({
    address: Joi.string()
      .pattern(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i)
      .messages({'*': '"{#value}" is not an email address'}),
  }),
  phone: Joi.object({e164: Joi.string().pattern(E164).messages({'*': '"{#value}" is not an E.164 phone number'})})
    .custom((entry: Extract<ChannelEntry, {kind: 'phone'}>, helpers: CustomHelpers) =>
      digits(entry.international) === digits(entry.e164) && entry.international.startsWith('+')
        ? entry
        : helpers.error('phone.international', entry),
    )
    .custom((entry: Extract<ChannelEntry, {kind: 'phone'}>, helpers: CustomHelpers) => {
      // Dialled at home, the number drops the country code and adds the trunk prefix 0.
      const national = digits(entry.display).replace(/^0/, '');
      return national.length >= 6 && digits(entry.e164).endsWith(national) ? entry : helpers.error('phone.display', entry);
    })
    .messages({
      'phone.international': 'the international number "{#international}" is not {#e164}',
      'phone.display': 'the displayed number "{#display}" is not {#e164}',
    }),
  scan: Joi.object({
    images: Joi.array().items(
      Joi.object({
        src: Joi.string().pattern(/^\//).messages({'*': 'must be a path under static/ starting with "/"'}),
        alt: Joi.localized().required(),
      }),
    ),
  }),
};
type BaseSchema = ReturnType<typeof Joi.object>;

function channel(scheduleIds: readonly string[]) {
  return Joi.object<Channel>({
    id: anchorId,
    label: Joi.localized().required(),
    inText: Joi.localized().required(),
    listName: Joi.localized().required(),
    useCase: Joi.localized().required(),
    schedule: Joi.string()
      .valid(...scheduleIds)
      .messages({'any.only': 'unknown schedule "{#value}"'}),
    entry: Joi.alternatives().conditional('.kind', {
      switch: Object.entries(ENTRY_SCHEMAS).map(([kind, schema]) => ({is: kind, then: schema})),
    }),
  });
}

const isoDate = Joi.string()
  .custom((value: string, helpers: CustomHelpers) => (isIsoDate(value) ? value : helpers.error('date.iso')))
  .messages({'*': '{#key} "{#value}" is not a date (write YYYY-MM-DD)'});

/** A date range whose ends are real dates, `to` not before `from`. */
const dateRange = Joi.object({from: isoDate, to: isoDate})
  .custom((range: DateRange, helpers: CustomHelpers) => (range.to < range.from ? helpers.error('range.order', range) : range))
  .messages({'range.order': 'ends ({#to}) before it starts ({#from})'});

function closure(channelIds: readonly string[], scheduleIds: readonly string[]) {
  const known = (kind: string, ids: readonly string[]) =>
    Joi.array().items(
      Joi.string()
        .valid(...ids)
        .messages({'any.only': `unknown ${kind} "{#value}" (known: ${ids.join(', ')})`}),
    );
  return dateRange
    .keys({
      id: anchorId,
      reason: Joi.localized().required(),
      channels: known('channel', channelIds),
      schedules: known('schedule', scheduleIds),
    })
    .custom((value: Closure, helpers: CustomHelpers) =>
      (value.channels ?? []).length + (value.schedules ?? []).length === 0 ? helpers.error('closure.empty') : value,
    )
    .messages({'closure.empty': 'names no channel and no schedule to close'});
}

/** The year entry a range of MANUAL_CALENDAR is in, and the kind of day it lists. */
function manualContext(helpers: CustomHelpers): {entry: ManualCalendarYear; kind: 'holidays' | 'workdays'; index: number} {
  const {ancestors} = helpers.state;
  const path = helpers.state.path!;
  return {
    entry: ancestors[1] as ManualCalendarYear,
    kind: path.at(-2) as 'holidays' | 'workdays',
    index: path.at(-1) as number,
  };
}

const DAY_KINDS = {holidays: 'holiday', workdays: 'make-up working day'} as const;

const manualRange = dateRange
  .keys({name: Joi.localized().required()})
  .custom((range: CalendarRange, helpers: CustomHelpers) => {
    const {entry} = manualContext(helpers);
    const inYear = range.from.startsWith(`${entry.year}-`) && range.to.startsWith(`${entry.year}-`);
    return inYear ? range : helpers.error('manual.year', {year: entry.year});
  })
  .custom((range: CalendarRange, helpers: CustomHelpers) => {
    const {entry, kind, index} = manualContext(helpers);
    const before = [
      ...entry.holidays.slice(0, kind === 'holidays' ? index : undefined).map((other) => ['holiday', other] as const),
      ...(kind === 'workdays' ? entry.workdays.slice(0, index).map((other) => [DAY_KINDS.workdays, other] as const) : []),
    ];
    for (const date of rangeDates(range)) {
      const other = before.find(([, listed]) => rangeDates(listed).includes(date));
      if (other) {
        return helpers.error('manual.twice', {date, other: other[0]});
      }
    }
    return range;
  })
  .messages({'manual.year': 'lies outside {#year}', 'manual.twice': '{#date} is also listed as {#other}'});

const manualYear = Joi.object<ManualCalendarYear>({
  year: Joi.number().integer().min(2000).max(2100).messages({'*': '{#value} is not a year'}),
  holidays: Joi.array().items(manualRange).min(1).messages({'array.min': 'lists no holiday'}),
  workdays: Joi.array().items(manualRange),
});

const NAMING: Naming = {
  lists: {
    schedules: {kind: 'schedule'},
    channels: {kind: 'channel'},
    faqIds: {kind: 'FAQ entry'},
    closures: {kind: 'closure'},
    manualCalendar: {kind: 'MANUAL_CALENDAR', name: (entry: ManualCalendarYear) => String(entry.year)},
    holidays: {kind: DAY_KINDS.holidays, name: (range: DateRange) => `${range.from}–${range.to}`},
    workdays: {kind: DAY_KINDS.workdays, name: (range: DateRange) => `${range.from}–${range.to}`},
    days: {kind: ''},
    intervals: {kind: ''},
    images: {kind: 'image'},
    'closures.channels': {kind: ''},
    'closures.schedules': {kind: ''},
  },
  fields: {
    id: '',
    timeZone: '',
    schedule: '',
    useCase: 'use case',
    inText: 'running-text name',
    listName: 'list name',
    entry: '',
    'entry.label': 'entry label',
    'entry.reference': 'entry reference',
    'reference.value': '',
    href: '',
    address: '',
    e164: '',
    src: '',
    alt: 'alt text',
    from: '',
    to: '',
    year: '',
  },
};

/** Every problem in the data, one line each; empty when the data is sound. */
export function findProblems(data: HelpdeskData): string[] {
  const scheduleIds = data.schedules.map((entry) => entry.id);
  const channelIds = data.channels.map((entry) => entry.id);
  const schema = Joi.object({
    schedules: uniqueIds(schedule, 'id'),
    channels: uniqueIds(channel(scheduleIds), 'id'),
    faqIds: uniqueIds(anchorId),
    closures: uniqueIds(closure(channelIds, scheduleIds), 'id'),
    manualCalendar: uniqueIds(manualYear, 'year'),
  });
  return [...problemsOf(schema, data, NAMING), ...scopeProblems(SCOPE)];
}

export function assertValid(data: HelpdeskData): void {
  const problems = findProblems(data);
  if (problems.length > 0) {
    throw new Error(`The helpdesk data in src/data/ is invalid:\n- ${problems.join('\n- ')}`);
  }
}
