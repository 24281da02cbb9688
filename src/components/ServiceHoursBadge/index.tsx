import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {RESPONSE_PROMISES, SUPPORT_TIME_ZONE, type Channel, type ChannelId, type Locale} from '../../data';
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
import styles from './styles.module.css';

/**
 * The headline word. A live channel is "服务中 / Open now" while a person answers
 * there; a queued channel (ticket, email) is "受理中 / Accepting": it takes messages,
 * which is not the same as someone reading them now.
 */
function stateLabel(channel: Channel, state: ChannelState, status: ChannelStatus | null, locale: Locale): string {
  if (status?.state === 'closed' && status.name && (status.reason === 'holiday' || status.reason === 'closure')) {
    return closedBecause(status.reason, status.name, locale);
  }
  switch (state) {
    case 'open':
      return channel.attendance === 'queued'
        ? translate({id: 'helpdesk.status.accepting', message: '受理中'})
        : translate({id: 'helpdesk.status.open', message: '服务中'});
    case 'closed':
      return translate({id: 'helpdesk.status.closed', message: '非服务时间'});
    case 'unknown':
      return translate({id: 'helpdesk.status.unknown', message: '服务时间'});
  }
}

/** For a queued channel that is accepting: whether the team reads it now, or from when. */
function queuedText(channel: Channel, repliesAt: Date, now: Date, locale: Locale): string {
  if (repliesAt.getTime() === now.getTime()) {
    const promise = channel.responseInStandardHours;
    return promise
      ? translate(
          {id: 'helpdesk.status.readingNowPromise', message: '正值标准支持时间：{promise}'},
          {promise: RESPONSE_PROMISES[promise].phrase[locale]},
        )
      : translate({id: 'helpdesk.status.readingNow', message: '正值标准支持时间，团队正在处理'});
  }
  return translate({id: 'helpdesk.status.readFrom', message: '{when}起处理'}, {when: whenText(repliesAt, now, locale)});
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
    text = translate(
      {id: 'helpdesk.status.opensAt', message: '下次服务：{when}'},
      {when: whenText(status.opensAt, now, locale)},
    );
  } else if (channel.attendance === 'queued' && repliesAt) {
    text = queuedText(channel, repliesAt, now, locale);
  } else if (status.closesAt) {
    text = translate({id: 'helpdesk.status.closesAt', message: '服务至{when}'}, {when: whenText(status.closesAt, now, locale)});
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
        <span className={styles.state}>{stateLabel(channel, state, status, locale)}</span>
      </span>
      <span className={styles.detail}>
        {spaceMixedScripts(detailText(channel, status, repliesAt, now, locale, gapNoted, calendar.lawFixedYears), locale)}
      </span>
    </span>
  );
}
