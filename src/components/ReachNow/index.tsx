import {lazy, Suspense, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {
  CHANNELS,
  RECOMMENDED_CHANNEL,
  RESPONSE_PROMISES,
  SUPPORT_TIME_ZONE,
  getChannel,
  getSchedule,
  type ChannelSelector,
  type Locale,
} from '../../data';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {noticeDue} from '../../lib/calendar';
import {isUsable} from '../../lib/channelEntry';
import {selectChannels, staffedText} from '../../lib/channelFacts';
import {formatWeekdayTime, isoDateIn} from '../../lib/formatTime';
import {inStandardHours, openChannelCount} from '../../lib/status';
import ChannelLink from '../ChannelLink';
import {ChannelNames} from '../RichText';
import ServiceHoursBadge from '../ServiceHoursBadge';
import StandardHours from '../StandardHours';
import styles from './styles.module.css';

/** The channels the panel offers: a channel a customer cannot use yet (WeChat without a code) is left out. */
const usableChannels = () => CHANNELS.filter(isUsable);

function Names({selector}: {selector: ChannelSelector}): ReactNode {
  return <ChannelNames channels={selectChannels(selector).map((channel) => channel.id)} />;
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
  const channels = usableChannels();
  const values = now
    ? {time: formatWeekdayTime(now, locale, SUPPORT_TIME_ZONE), open: openChannelCount(channels, now, calendar)}
    : {time: PLACEHOLDER_TIME[locale], open: channels.length};
  return translate(
    {
      id: 'helpdesk.reachNow.summaryLive',
      message: '现在是北京时间 {time}，{total} 个渠道中有 {open} 个在线。',
    },
    {...values, total: channels.length},
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
        <Translate id="helpdesk.reachNow.summaryStatic">服务时间均为北京时间；启用 JavaScript 可查看此刻谁在线。</Translate>
      </span>
      <span className={clsx(styles.layer, !now && styles.hidden)} aria-hidden={!now}>
        <LiveSummary now={now} />
      </span>
    </p>
  );
}

/**
 * "Who can I reach right now": every usable channel with its live badge, and
 * the help page's advice for inside and outside standard hours, the one that
 * applies now marked after hydration. Every channel named comes from the data.
 */
export default function ReachNow(): ReactNode {
  const locale = useLocale();
  const now = useNow();
  const calendar = useCalendar();
  const standardNow = now ? inStandardHours(now, calendar) : null;
  const recommended = getChannel(RECOMMENDED_CHANNEL);
  const urgent: ChannelSelector = {outsideStandardHours: 'urgent-only'};
  // Kept out of the search index (docusaurus.config.ts): it is live state, not content.
  const currentTag = (
    <span className={styles.currentTag} data-applies-now>
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
      {/* A plain h2: @theme/Heading would add a "#" link to the live panel's title. */}
      {/* eslint-disable-next-line @docusaurus/prefer-docusaurus-heading */}
      <h2 id="reach-now" className={styles.title}>
        <Translate id="helpdesk.reachNow.title">此刻可以联系谁</Translate>
      </h2>
      <Summary now={now} />
      <ul className={styles.channels}>
        {usableChannels().map((channel) => (
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
          values={{
            channel: <ChannelLink channel={recommended.id}>{recommended.inText[locale]}</ChannelLink>,
            notation: getSchedule(recommended.schedule).notation,
          }}>
          {'我们推荐通过{channel}联系我们（服务时间 {notation}）。'}
        </Translate>
      </p>
      <div className={styles.advice}>
        <div className={clsx(styles.case, standardNow === true && styles.current)} data-current={standardNow === true}>
          <div className={styles.caseHeader}>
            <Heading as="h3" className={styles.caseTitle}>
              <Translate id="helpdesk.reachNow.inHours">标准支持时间内</Translate>
            </Heading>
            {currentTag}
          </div>
          <p className={styles.caseHours}>
            <StandardHours />
          </p>
          <ul>
            <li>
              <Translate
                id="helpdesk.reachNow.realTime"
                values={{
                  promise: RESPONSE_PROMISES['real-time'].phrase[locale],
                  channels: <Names selector={{response: 'real-time'}} />,
                }}>
                {'需要{promise}时，请通过{channels}联系我们。'}
              </Translate>
            </li>
            <li>
              <Translate
                id="helpdesk.reachNow.withinHour"
                values={{
                  promise: RESPONSE_PROMISES['within-1-hour'].phrase[locale],
                  channels: <Names selector={{response: 'within-1-hour'}} />,
                }}>
                {'可以接受 {promise}时，请通过{channels}联系我们。'}
              </Translate>
            </li>
          </ul>
        </div>
        <div className={clsx(styles.case, standardNow === false && styles.current)} data-current={standardNow === false}>
          <div className={styles.caseHeader}>
            <Heading as="h3" className={styles.caseTitle}>
              <Translate id="helpdesk.reachNow.outsideHours">标准支持时间外</Translate>
            </Heading>
            {currentTag}
          </div>
          <ul>
            <li>
              <Translate
                id="helpdesk.reachNow.firstChoice"
                values={{channels: <Names selector={{outsideStandardHours: 'first-choice'}} />}}>
                {'请优先通过{channels}联系我们。'}
              </Translate>
            </li>
            <li>
              <Translate
                id="helpdesk.reachNow.urgent"
                values={{channels: <Names selector={urgent} />, staffed: staffedText(selectChannels(urgent), locale)}}>
                {'情况紧急时，也可以通过{channels}联系我们：{staffed}。'}
              </Translate>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
