import type {ReactNode} from 'react';
import {SUPPORT_TIME_ZONE, type Channel, type ChannelId, type Locale} from '../../data';
import type {CalendarData} from '../../lib/calendar/calendar';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {closedBecause, uncalendaredNote} from '../../lib/words/badgeWords';
import {describeSchedule, spaceMixedScripts} from '../../lib/words/format';
import {isoDateIn} from '../../lib/words/formatTime';
import {isoInZone, repliesFrom, statusAt, type ChannelState, type ChannelStatus} from '../../lib/time/status';
import {getChannel, getSchedule} from '../../lib/lookup';
import {whenText} from './whenText';
import {badgeReserve} from './reserve';
import {closedLabel, closesAt, openLabel, opensAt, readFrom, readingNow, unknownLabel} from './words';
import styles from './styles.module.css';

function stateLabel(channel: Channel, state: ChannelState, status: ChannelStatus | null, locale: Locale): string {
  if (status?.state === 'closed' && status.name && (status.reason === 'holiday' || status.reason === 'closure')) {
    return closedBecause(status.reason, status.name, locale);
  }
  switch (state) {
    case 'open':
      return openLabel(channel);
    case 'closed':
      return closedLabel();
    case 'unknown':
      return unknownLabel();
  }
}

/** For a queued channel that is accepting: whether the team reads it now, or from when. */
function queuedText(channel: Channel, repliesAt: Date, now: Date, locale: Locale): string {
  return repliesAt.getTime() === now.getTime() ? readingNow(channel, locale) : readFrom(whenText(repliesAt, now, locale));
}

/** The badge's text, then a note as a sentence of its own: "…(01:00 your time). 2027's make-up…" / "…）。2027 年的…". */
function withNote(text: string, note: string, locale: Locale): string {
  return locale === 'en' ? `${text}. ${note}` : `${text}。${note}`;
}

function detailText(
  channel: Channel,
  status: ChannelStatus | null,
  repliesAt: Date | null,
  now: Date | null,
  locale: Locale,
  gapNoted: boolean,
  lawFixedYears: readonly number[],
): string {
  const schedule = getSchedule(channel.schedule);
  if (!status || !now) {
    return describeSchedule(schedule, locale);
  }
  let text: string;
  if (status.opensAt) {
    text = opensAt(whenText(status.opensAt, now, locale));
  } else if (channel.attendance === 'queued' && repliesAt) {
    text = queuedText(channel, repliesAt, now, locale);
  } else if (status.closesAt) {
    text = closesAt(whenText(status.closesAt, now, locale));
  } else {
    text = describeSchedule(schedule, locale);
  }
  const gapYear =
    status.reason === 'uncalendared'
      ? isoDateIn(now, SUPPORT_TIME_ZONE).slice(0, 4)
      : status.opensAt && status.opensUncalendared
        ? isoDateIn(status.opensAt, SUPPORT_TIME_ZONE).slice(0, 4)
        : null;
  // A year the page's CalendarGapNote names is not named again; a year beyond it (a build served long) is.
  return gapYear && !(gapNoted && lawFixedYears.includes(Number(gapYear)))
    ? withNote(text, uncalendaredNote(gapYear, locale), locale)
    : text;
}

/** When a queued channel's messages are read: only for queued channels, only once the clock is known. */
function queuedRepliesFrom(channel: Channel, now: Date | null, calendar: CalendarData): Date | null {
  return channel.attendance === 'queued' && now ? repliesFrom(now, calendar) : null;
}

interface Props {
  channel: ChannelId;
  /** The page shows CalendarGapNote beside the badge, so the badge leaves out what it says. */
  gapNoted?: boolean;
}

/**
 * A channel's service hours with its live state. Server HTML says `unknown`
 * (with the hours in words); after hydration the state follows the clock, the
 * holiday calendar and announced closures, and `data-reason` says which decided.
 * A queued channel also carries `data-replies-from`: when the team reads it.
 */
export default function ServiceHoursBadge({channel: id, gapNoted = false}: Props): ReactNode {
  const locale = useLocale();
  const now = useNow();
  const calendar = useCalendar();
  const channel = getChannel(id);
  const status = now ? statusAt(id, now, calendar) : null;
  const state: ChannelState = status?.state ?? 'unknown';
  const repliesAt = queuedRepliesFrom(channel, now, calendar);
  // Server and client write the same reserve: it depends on no clock.
  const reserve = badgeReserve(channel, calendar, locale);
  return (
    <span
      className={styles.badge}
      data-channel-status={id}
      data-state={state}
      data-reason={status?.reason}
      data-replies-from={repliesAt ? isoInZone(repliesAt, SUPPORT_TIME_ZONE) : undefined}>
      <span className={styles.headline}>
        <span className={styles.dot} aria-hidden="true" />
        <span className={styles.notation}>{getSchedule(channel.schedule).notation}</span>
        <span className={styles.reserved} data-reserve={reserve.label}>
          <span className={styles.state}>{stateLabel(channel, state, status, locale)}</span>
        </span>
      </span>
      <span
        className={`${styles.reserved} ${styles.detail}`}
        data-reserve={reserve.anyClock}
        data-reserve-china={reserve.chinaClock}>
        <span>
          {spaceMixedScripts(detailText(channel, status, repliesAt, now, locale, gapNoted, calendar.lawFixedYears), locale)}
        </span>
      </span>
    </span>
  );
}
