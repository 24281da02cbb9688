/**
 * What the embeddable status element (supportStatus.ts) shows, from the published
 * /support-policy.json alone: each offered channel's state at an instant, with the
 * site's own time model (src/lib/time/schedule.ts) fed the policy's schedules and
 * calendar, so that a page on another origin says what the contact page says.
 * Pure and browser-safe; only types come from the site's data and policy modules.
 */
import type {ChannelId, Locale, Schedule, ScheduleId} from '../data/types';
import {calendarFor, type CalendarData, type SourceCalendar} from '../lib/calendar/calendar';
import {openFrom, scheduleStatus, type Exceptions, type Reason} from '../lib/time/schedule';
import type {buildSupportPolicy} from '../node/feeds/supportPolicy';
import {closes} from '../lib/calendar/closures';

/** /support-policy.json as the build writes it (after a JSON round trip: the same shape). */
export type SupportPolicy = ReturnType<typeof buildSupportPolicy>;

/** The calendar the build shipped, as the policy publishes it, in the shape the build loaded it. */
export function policySource({calendar}: SupportPolicy): SourceCalendar {
  return {
    source: calendar.source,
    years: calendar.coveredYears,
    lawFixedYears: calendar.lawFixedYears,
    holidays: calendar.holidays,
    workdays: calendar.makeUpWorkdays,
    closures: calendar.closures,
  };
}

/**
 * The policy's calendar as the pages of `locale` get it, through the site's own
 * conversion (calendarFor): names in one language, closures with what they close,
 * covered and law-fixed years.
 */
export function policyCalendar(policy: SupportPolicy, locale: Locale): CalendarData {
  return calendarFor(policySource(policy), locale);
}

/** The policy's schedules in the time model's shape. */
function schedulesOf(policy: SupportPolicy): Map<ScheduleId, Schedule> {
  return new Map(
    policy.schedules.map((schedule) => [
      schedule.id,
      {...schedule, days: schedule.isoWeekdays, meaning: schedule.description} satisfies Schedule,
    ]),
  );
}

/** One channel's row: the `data-channel-status` contract (ARCHITECTURE.md, "Live status contract"), and what its words need. */
export interface ChannelRow {
  id: ChannelId;
  label: string;
  attendance: 'live' | 'queued';
  state: 'open' | 'closed';
  reason: Reason;
  /** The holiday or the closure's reason that decides today. */
  name: string | null;
  /** For a closed channel, when it opens next (null beyond the horizon). */
  opensAt: Date | null;
  /** For a queued channel: when the team reads what arrives now (the instant itself in standard hours). */
  repliesFrom: Date | null;
}

/** Every offered channel of the policy (or only `only`) at `instant`, in the policy's order. */
export function channelRows(policy: SupportPolicy, locale: Locale, instant: Date, only?: string | null): ChannelRow[] {
  const calendar = policyCalendar(policy, locale);
  const schedules = schedulesOf(policy);
  const standardHours = policy.standardHours as ScheduleId;
  const standard = schedules.get(standardHours)!;
  const standardExceptions: Exceptions = {
    calendar,
    closures: calendar.closures.filter((closure) => closure.schedules?.includes(standardHours)),
  };
  return policy.channels
    .filter((channel) => !only || channel.id === only)
    .map((channel) => {
      const exceptions: Exceptions = {calendar, closures: calendar.closures.filter((closure) => closes(closure, channel))};
      const status = scheduleStatus(schedules.get(channel.schedule)!, instant, exceptions);
      return {
        id: channel.id,
        label: channel.label[locale],
        attendance: channel.attendance,
        state: status.state,
        reason: status.reason,
        name: status.name,
        opensAt: status.opensAt,
        repliesFrom: channel.attendance === 'queued' ? openFrom(standard, instant, standardExceptions) : null,
      };
    });
}
