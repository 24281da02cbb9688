/**
 * What the holiday notice says: the statutory holidays and announced closures
 * that start within NOTICE_DAYS or are under way, with the channels they close.
 */
import {CHANNELS, getSchedule, type Channel, type Localized} from '../data';
import {dayNumber, inNoticeWindow, rangeDates, type CalendarData, type IsoDate} from './calendar';

export {NOTICE_DAYS} from './calendar';
import {closes} from '../data/closures';

/** How close to a holiday a make-up working day must be to belong to it in the notice. */
const MAKE_UP_WINDOW_DAYS = 45;

export interface Notice {
  kind: 'holiday' | 'closure';
  from: IsoDate;
  to: IsoDate;
  /** The holiday's name or the closure's reason. */
  name: Localized;
  closed: readonly Channel[];
  /** The make-up working days that belong to the holiday (none for a closure). */
  workdays: readonly IsoDate[];
}

/** The notices to show on China date `today`, in date order. */
export function noticesOn(today: IsoDate, calendar: CalendarData): Notice[] {
  const holidays: Notice[] = calendar.holidays
    .filter((range) => inNoticeWindow(range, today))
    .map((range) => ({
      kind: 'holiday',
      from: range.from,
      to: range.to,
      name: range.name,
      closed: CHANNELS.filter((channel) => getSchedule(channel.schedule).holidays === 'observed'),
      workdays: calendar.workdays
        .filter(
          (workday) =>
            workday.name.en === range.name.en &&
            Math.abs(dayNumber(workday.from) - dayNumber(range.from)) <= MAKE_UP_WINDOW_DAYS,
        )
        .flatMap(rangeDates),
    }));
  const closures: Notice[] = calendar.closures
    .filter((closure) => inNoticeWindow(closure, today))
    .map((closure) => ({
      kind: 'closure',
      from: closure.from,
      to: closure.to,
      name: closure.reason,
      closed: CHANNELS.filter((channel) => closes(closure, channel)),
      workdays: [],
    }));
  return [...holidays, ...closures].sort((a, b) => dayNumber(a.from) - dayNumber(b.from));
}
