/**
 * What the holiday notice says: the statutory holidays and announced closures
 * that start within NOTICE_DAYS or are under way, with the channels they close,
 * in words. The words live here rather than in i18n/en/code.json, whose
 * messages every page's main bundle carries: only the notice's own chunk, loaded
 * on the days a notice is due, carries these.
 */
import type {Channel, Locale} from '../../data';
import {dayNumber, inNoticeWindow, isLawFixedYear, type CalendarData} from './calendar';
import {formatDateRange, listChannels} from '../words/calendarWords';
import {offeredChannels} from '../channels/channelEntry';
import {getSchedule} from '../lookup';
import type {DateRange, IsoDate} from '../../data/types';
import {closes} from './closures';

export {NOTICE_DAYS} from './calendar';

/** How close to a holiday a make-up working day must be to belong to it in the notice. */
const MAKE_UP_WINDOW_DAYS = 45;

export interface Notice {
  kind: 'holiday' | 'closure';
  from: IsoDate;
  to: IsoDate;
  /** The holiday's name or the closure's reason. */
  name: string;
  closed: readonly Channel[];
  /** The make-up working days that belong to the holiday (none for a closure). */
  workdays: readonly DateRange[];
  /**
   * For a holiday of a year known only by the days the law fixes, that year: its
   * make-up days (and any bridging days) are not in the calendar yet. Else null.
   */
  lawFixedYear: number | null;
}

/**
 * The notices to show on China date `today`, in date order. Only the channels a
 * customer can use today are named (offeredChannels).
 */
export function noticesOn(today: IsoDate, calendar: CalendarData): Notice[] {
  const channels = offeredChannels();
  const holidays: Notice[] = calendar.holidays
    .filter((range) => inNoticeWindow(range, today))
    .map((range) => {
      const year = Number(range.from.slice(0, 4));
      return {
        kind: 'holiday',
        from: range.from,
        to: range.to,
        name: range.name,
        closed: channels.filter((channel) => getSchedule(channel.schedule).holidays === 'observed'),
        workdays: calendar.workdays.filter(
          (workday) =>
            workday.name === range.name && Math.abs(dayNumber(workday.from) - dayNumber(range.from)) <= MAKE_UP_WINDOW_DAYS,
        ),
        lawFixedYear: isLawFixedYear(calendar, year) ? year : null,
      };
    });
  const closures: Notice[] = calendar.closures
    .filter((closure) => inNoticeWindow(closure, today))
    .map((closure) => ({
      kind: 'closure',
      from: closure.from,
      to: closure.to,
      name: closure.name,
      closed: channels.filter((channel) => closes(closure, channel)),
      workdays: [],
      lawFixedYear: null,
    }));
  return [...holidays, ...closures].sort((a, b) => dayNumber(a.from) - dayNumber(b.from));
}

/**
 * One notice as a sentence: what closes and when, what stays open, the make-up
 * working days, or that a law-fixed year's make-up days are not known yet.
 */
export function noticeText(notice: Notice, locale: Locale): string {
  const en = (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en';
  const open = offeredChannels().filter((channel) => !notice.closed.some((closed) => closed.id === channel.id));
  const closed = listChannels(notice.closed, locale);
  const stillOpen = open.length > 0 && listChannels(open, locale);
  const workdays = notice.workdays.map((range) => formatDateRange(range.from, range.to, locale)).join(en ? ', ' : '、');
  const year = notice.lawFixedYear;
  const details = en
    ? [
        `Closed: ${closed}`,
        stillOpen && `Open as usual: ${stillOpen}`,
        workdays && `On the make-up working days (${workdays}), the closed channels keep their normal hours`,
        year && `${year}’s make-up working days aren’t in our calendar yet, so only the statutory days off are listed`,
      ]
    : [
        `${closed}暂停服务`,
        stillOpen && `${stillOpen}照常受理`,
        workdays && `调休上班日（${workdays}）${closed}照常服务`,
        year && `${year} 年的调休安排尚未收录，此处只列出法定假日`,
      ];
  const detailText = details.filter(Boolean).join(en ? '. ' : '；');
  const {name} = notice;
  const dates = formatDateRange(notice.from, notice.to, locale);
  if (notice.kind === 'holiday') {
    return en ? `${name}, ${dates} (China time). ${detailText}.` : `${name}（北京时间 ${dates}）：${detailText}。`;
  }
  return en
    ? `Closure for ${name}, ${dates} (China time). ${detailText}.`
    : `因${name}调整服务（北京时间 ${dates}）：${detailText}。`;
}
