import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {getChannel, getSchedule, SUPPORT_TIME_ZONE, type ChannelId, type Locale, type Schedule} from '../../data';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {closedBecause, uncalendaredNote} from '../../lib/badgeWords';
import {describeSchedule, SUPPORT_TIME_ZONE_NAME} from '../../lib/format';
import {formatComingTime, isoDateIn, sameWallClock, visitorTimeZone} from '../../lib/formatTime';
import {statusAt, type ChannelState, type ChannelStatus} from '../../lib/status';
import styles from './styles.module.css';

function stateLabel(state: ChannelState, status: ChannelStatus | null, locale: Locale): string {
  if (status?.state === 'closed' && status.name && (status.reason === 'holiday' || status.reason === 'closure')) {
    return closedBecause(status.reason, status.name, locale);
  }
  switch (state) {
    case 'open':
      return translate({id: 'helpdesk.status.open', message: '在线'});
    case 'closed':
      return translate({id: 'helpdesk.status.closed', message: '非服务时间'});
    case 'unknown':
      return translate({
        id: 'helpdesk.status.unknown',
        message: '服务时间',
      });
  }
}

/** "明天 08:00 北京时间" plus the visitor's own reading when their clock differs. */
function whenText(instant: Date, now: Date, locale: Locale): string {
  const china = `${formatComingTime(instant, now, locale, SUPPORT_TIME_ZONE)} ${SUPPORT_TIME_ZONE_NAME[locale]}`;
  const ownZone = visitorTimeZone();
  if (!ownZone || sameWallClock(instant, SUPPORT_TIME_ZONE, ownZone)) {
    return china;
  }
  const own = formatComingTime(instant, now, locale, ownZone);
  return translate(
    {
      id: 'helpdesk.status.bothZones',
      message: '{china}，您当地时间 {own}',
    },
    {china, own},
  );
}

function detailText(schedule: Schedule, status: ChannelStatus | null, now: Date | null, locale: Locale): string {
  if (!status || !now) {
    return describeSchedule(schedule, locale);
  }
  let text = '';
  if (status.opensAt) {
    text = translate(
      {id: 'helpdesk.status.opensAt', message: '下次上线：{when}'},
      {when: whenText(status.opensAt, now, locale)},
    );
  } else if (status.closesAt) {
    text = translate({id: 'helpdesk.status.closesAt', message: '服务至{when}'}, {when: whenText(status.closesAt, now, locale)});
  } else {
    text = describeSchedule(schedule, locale);
  }
  if (status.reason === 'uncalendared') {
    return `${text} ${uncalendaredNote(isoDateIn(now, SUPPORT_TIME_ZONE).slice(0, 4), locale)}`;
  }
  if (status.opensAt && status.opensUncalendared) {
    return `${text} ${uncalendaredNote(isoDateIn(status.opensAt, SUPPORT_TIME_ZONE).slice(0, 4), locale)}`;
  }
  return text;
}

interface Props {
  channel: ChannelId;
}

/**
 * A channel's service hours with its live state. Server HTML says `unknown`
 * (with the hours in words); after hydration the state follows the clock, the
 * holiday calendar and announced closures, and `data-reason` says which decided.
 */
export default function ServiceHoursBadge({channel}: Props): ReactNode {
  const locale = useLocale();
  const now = useNow();
  const calendar = useCalendar();
  const schedule = getSchedule(getChannel(channel).schedule);
  const status = now ? statusAt(channel, now, calendar) : null;
  const state: ChannelState = status?.state ?? 'unknown';
  return (
    <span className={styles.badge} data-channel-status={channel} data-state={state} data-reason={status?.reason}>
      <span className={styles.headline}>
        <span className={styles.dot} aria-hidden="true" />
        <span className={styles.notation}>{schedule.notation}</span>
        <span className={styles.state}>{stateLabel(state, status, locale)}</span>
      </span>
      <span className={styles.detail}>{detailText(schedule, status, now, locale)}</span>
    </span>
  );
}
