import {Fragment, lazy, Suspense, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import {CHANNELS, RECOMMENDED_CHANNEL, RESPONSE_PROMISES, SUPPORT_TIME_ZONE, getChannel, type Channel, type Locale} from '../../data';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {noticeDue} from '../../lib/calendar';
import {formatWeekdayTime, isoDateIn} from '../../lib/formatTime';
import {inStandardHours, openChannelCount} from '../../lib/status';
import ChannelLink from '../ChannelLink';
import ServiceHoursBadge from '../ServiceHoursBadge';
import StandardHours from '../StandardHours';
import styles from './styles.module.css';

function ChannelList({channels}: {channels: readonly Channel[]}): ReactNode {
  const locale = useLocale();
  const separator = locale === 'en' ? ' or ' : '或';
  return channels.map((channel, index) => (
    <Fragment key={channel.id}>
      {index > 0 && separator}
      <ChannelLink channel={channel.id}>{channel.label[locale]}</ChannelLink>
    </Fragment>
  ));
}

/** Loaded only on the days a notice is due: most days, no page carries its code. */
const HolidayNotice = lazy(() => import('../HolidayNotice'));

/**
 * Stands in for the live values while the sentence is hidden (server HTML and
 * hydration): as wide as the real ones, and no clock or calendar work.
 */
const PLACEHOLDER_TIME: Record<Locale, string> = {'zh-Hans': '周一 00:00', en: 'Mon 00:00'};

function LiveSummary({now}: {now: Date | null}): ReactNode {
  const locale = useLocale();
  const calendar = useCalendar();
  const values = now
    ? {time: formatWeekdayTime(now, locale, SUPPORT_TIME_ZONE), open: openChannelCount(now, calendar)}
    : {time: PLACEHOLDER_TIME[locale], open: CHANNELS.length};
  return translate(
    {
      id: 'helpdesk.reachNow.summaryLive',
      message: '现在是北京时间 {time}，{total} 个渠道中有 {open} 个在线。',
    },
    {...values, total: CHANNELS.length},
  );
}

/**
 * The static sentence (server HTML, no JavaScript) and the live one share one
 * grid cell, so the box is as tall as the longer of the two before and after
 * hydration and swapping them moves nothing.
 */
function Summary({now}: {now: Date | null}): ReactNode {
  return (
    <p className={styles.summary}>
      <span className={clsx(styles.layer, now && styles.hidden)} aria-hidden={Boolean(now)}>
        <Translate id="helpdesk.reachNow.summaryStatic">
          服务时间均为北京时间；启用 JavaScript 可查看此刻谁在线。
        </Translate>
      </span>
      <span className={clsx(styles.layer, !now && styles.hidden)} aria-hidden={!now}>
        <LiveSummary now={now} />
      </span>
    </p>
  );
}

/**
 * "Who can I reach right now": every channel with its live badge, and the
 * help page's advice for inside and outside standard hours, the one that
 * applies now marked after hydration.
 */
export default function ReachNow(): ReactNode {
  const locale = useLocale();
  const now = useNow();
  const calendar = useCalendar();
  const standardNow = now ? inStandardHours(now, calendar) : null;
  const realTime = CHANNELS.filter((channel) => channel.responseInStandardHours === 'real-time');
  const withinHour = CHANNELS.filter((channel) => channel.responseInStandardHours === 'within-1-hour');
  const firstChoice = CHANNELS.filter((channel) => channel.outsideStandardHours === 'first-choice');
  const urgentOnly = CHANNELS.filter((channel) => channel.outsideStandardHours === 'urgent-only');
  const currentTag = (
    <span className={styles.currentTag}>
      <Translate id="helpdesk.reachNow.appliesNow">当前适用</Translate>
    </span>
  );
  return (
    <section className={styles.panel} aria-labelledby="reach-now">
      {now && noticeDue(calendar, isoDateIn(now, SUPPORT_TIME_ZONE)) && (
        <Suspense fallback={null}>
          <HolidayNotice />
        </Suspense>
      )}
      <h2 id="reach-now" className={styles.title}>
        <Translate id="helpdesk.reachNow.title">此刻可以联系谁</Translate>
      </h2>
      <Summary now={now} />
      <ul className={styles.channels}>
        {CHANNELS.map((channel) => (
          <li key={channel.id} className={styles.channel}>
            <span className={styles.channelName}>
              <ChannelLink channel={channel.id}>{channel.label[locale]}</ChannelLink>
            </span>
            <ServiceHoursBadge channel={channel.id} />
          </li>
        ))}
      </ul>
      <p className={styles.recommended}>
        <Translate
          id="helpdesk.reachNow.recommended"
          values={{channel: <ChannelLink channel={RECOMMENDED_CHANNEL}>{getChannel(RECOMMENDED_CHANNEL).label[locale]}</ChannelLink>}}>
          {'推荐渠道：{channel}，全天候受理，每个问题都有记录可查。'}
        </Translate>
      </p>
      <div className={styles.advice}>
        <div className={clsx(styles.case, standardNow === true && styles.current)} data-current={standardNow === true}>
          <h3 className={styles.caseTitle}>
            <Translate id="helpdesk.reachNow.inHours">标准支持时间内</Translate>
            {currentTag}
          </h3>
          <p className={styles.caseHours}>
            <StandardHours />
          </p>
          <ul>
            <li>
              <Translate
                id="helpdesk.reachNow.realTime"
                values={{promise: RESPONSE_PROMISES['real-time'].phrase[locale], channels: <ChannelList channels={realTime} />}}>
                {'需要{promise}：{channels}'}
              </Translate>
            </li>
            <li>
              <Translate
                id="helpdesk.reachNow.withinHour"
                values={{promise: RESPONSE_PROMISES['within-1-hour'].phrase[locale], channels: <ChannelList channels={withinHour} />}}>
                {'可以接受{promise}：{channels}'}
              </Translate>
            </li>
          </ul>
        </div>
        <div className={clsx(styles.case, standardNow === false && styles.current)} data-current={standardNow === false}>
          <h3 className={styles.caseTitle}>
            <Translate id="helpdesk.reachNow.outsideHours">标准支持时间外</Translate>
            {currentTag}
          </h3>
          <ul>
            <li>
              <Translate id="helpdesk.reachNow.firstChoice" values={{channels: <ChannelList channels={firstChoice} />}}>
                {'首选：{channels}'}
              </Translate>
            </li>
            <li>
              <Translate id="helpdesk.reachNow.urgent" values={{channels: <ChannelList channels={urgentOnly} />}}>
                {'情况紧急：{channels}（在服务时间内）'}
              </Translate>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
