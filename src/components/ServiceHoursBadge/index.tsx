import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {getChannel, getSchedule, SUPPORT_TIME_ZONE, type ChannelId, type Locale, type Schedule} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {describeSchedule, formatWeekdayTime, sameWallClock, SUPPORT_TIME_ZONE_NAME, visitorTimeZone} from '../../lib/format';
import {channelStatus, type ChannelState, type ChannelStatus} from '../../lib/status';
import styles from './styles.module.css';

function stateLabel(state: ChannelState): string {
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

/** "周一 08:00（北京时间）" plus the visitor's own reading when it differs. */
function whenText(instant: Date, locale: Locale): string {
  const china = `${formatWeekdayTime(instant, locale, SUPPORT_TIME_ZONE)} ${SUPPORT_TIME_ZONE_NAME[locale]}`;
  const ownZone = visitorTimeZone();
  if (sameWallClock(instant, SUPPORT_TIME_ZONE, ownZone)) {
    return china;
  }
  const own = formatWeekdayTime(instant, locale);
  return translate(
    {
      id: 'helpdesk.status.bothZones',
      message: '{china}，您当地时间 {own}',
    },
    {china, own},
  );
}

function detailText(schedule: Schedule, status: ChannelStatus | null, locale: Locale): string {
  if (status?.opensAt) {
    return translate({id: 'helpdesk.status.opensAt', message: '下次上线：{when}'}, {when: whenText(status.opensAt, locale)});
  }
  if (status?.closesAt) {
    return translate({id: 'helpdesk.status.closesAt', message: '今日服务至 {when}'}, {when: whenText(status.closesAt, locale)});
  }
  return describeSchedule(schedule, locale);
}

interface Props {
  channel: ChannelId;
}

/**
 * A channel's service hours with its live state. Server HTML says `unknown`
 * (with the hours in words); after hydration the state follows the clock.
 */
export default function ServiceHoursBadge({channel}: Props): ReactNode {
  const locale = useLocale();
  const now = useNow();
  const schedule = getSchedule(getChannel(channel).schedule);
  const status = now ? channelStatus(getChannel(channel), now) : null;
  const state: ChannelState = status?.state ?? 'unknown';
  return (
    <span
      className={styles.badge}
      data-channel-status={channel}
      data-state={state}>
      <span className={styles.headline}>
        <span className={styles.dot} aria-hidden="true" />
        <span className={styles.notation}>{schedule.notation}</span>
        <span className={styles.state}>{stateLabel(state)}</span>
      </span>
      <span className={styles.detail}>{detailText(schedule, status, locale)}</span>
    </span>
  );
}
