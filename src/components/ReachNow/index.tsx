import {lazy, Suspense, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {
  RECOMMENDED_CHANNEL,
  RESPONSE_PROMISES,
  STANDARD_HOURS,
  SUPPORT_TIME_ZONE,
  type Attendance,
  type Channel,
  type ChannelSelector,
  type Locale,
} from '../../data';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {noticeDue} from '../../lib/calendar/calendar';
import {offeredChannels} from '../../lib/channels/channelEntry';
import {joinList, selectChannels, hoursText} from '../../lib/channels/channelFacts';
import {describeSchedule, spaceMixedScripts} from '../../lib/words/format';
import {formatWeekdayTime, isoDateIn} from '../../lib/words/formatTime';
import {inStandardHours, repliesFrom, statusAt} from '../../lib/time/status';
import {getChannel, getSchedule} from '../../lib/lookup';
import CalendarGapNote from '../CalendarGapNote';
import ChannelLink from '../ChannelLink';
import {ChannelNames} from '../RichText';
import ServiceHoursBadge from '../ServiceHoursBadge';
import {chinaTime} from '../ServiceHoursBadge/whenText';
import StandardHours from '../StandardHours';
import styles from './styles.module.css';

function Names({selector}: {selector: ChannelSelector}): ReactNode {
  return <ChannelNames channels={selectChannels(selector).map((channel) => channel.id)} />;
}

/** The offered channels of one attendance, in data order. */
function offeredWith(attendance: Attendance): Channel[] {
  return offeredChannels().filter((channel) => channel.attendance === attendance);
}

/** Channel labels as a list in running text: "QQ 群和电话" / "QQ group and Phone". */
function labels(channels: readonly Channel[], locale: Locale): string {
  return joinList(
    channels.map((channel) => channel.label[locale]),
    locale,
    'and',
  ).join('');
}

/** Loaded only on the days a notice is due: most days, no page carries its code. */
const HolidayNotice = lazy(() => import('../HolidayNotice'));

/** Who answers at `now`: the live channels open now, and when the team reads the queued ones. */
function LiveSummary({now}: {now: Date}): ReactNode {
  const locale = useLocale();
  const calendar = useCalendar();
  const liveOpen = offeredWith('live').filter((channel) => statusAt(channel.id, now, calendar).state === 'open');
  const queued = offeredWith('queued');
  const time = formatWeekdayTime(now, locale, SUPPORT_TIME_ZONE);
  const live =
    liveOpen.length > 0
      ? translate(
          {id: 'helpdesk.reachNow.liveOpen', message: '现在是北京时间{time}，此刻可实时联系：{channels}。'},
          {time, channels: labels(liveOpen, locale)},
        )
      : translate({id: 'helpdesk.reachNow.liveNone', message: '现在是北京时间{time}，此刻没有可实时联系的渠道。'}, {time});
  if (queued.length === 0) {
    return spaceMixedScripts(live, locale);
  }
  const from = repliesFrom(now, calendar);
  const channels = labels(queued, locale);
  const queuedText =
    from && from.getTime() === now.getTime()
      ? translate(
          {id: 'helpdesk.reachNow.queuedNow', message: '{channels}随时受理，现在是标准支持时间，团队正在处理。'},
          {channels},
        )
      : translate(
          {id: 'helpdesk.reachNow.queuedLater', message: '{channels}随时受理，团队将于{when}起处理。'},
          {
            channels,
            // China time only: the badges below add the visitor's own time, and the sentence stays short enough
            // to take the static sentence's place without growing.
            when: from ? chinaTime(from, now, locale) : describeSchedule(getSchedule(STANDARD_HOURS), locale),
          },
        );
  return spaceMixedScripts(`${live}${locale === 'en' ? ' ' : ''}${queuedText}`, locale);
}

/**
 * Without the clock (server HTML, no JavaScript) the panel says what is always
 * true: which channels answer live in their hours and that queued ones are read in
 * standard hours. After hydration the live sentence takes the same grid cell, whose
 * height is reserved in CSS, so swapping them moves nothing.
 */
function Summary({now}: {now: Date | null}): ReactNode {
  const locale = useLocale();
  const live = offeredWith('live');
  const queued = offeredWith('queued');
  return (
    <p className={styles.summary}>
      <span className={clsx(styles.layer, now && styles.hidden)} aria-hidden={Boolean(now)}>
        <Translate id="helpdesk.reachNow.summaryStatic" values={{live: labels(live, locale), queued: labels(queued, locale)}}>
          {
            '时间均为北京时间。{live}在各自的服务时间内有人应答；{queued}随时受理，由团队在标准支持时间内处理。启用 JavaScript 可查看此刻的状态。'
          }
        </Translate>
      </span>
      {now && (
        <span className={styles.layer}>
          <LiveSummary now={now} />
        </span>
      )}
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
        {offeredChannels().map((channel) => (
          <li key={channel.id} className={styles.channel}>
            <span className={styles.channelName}>
              <ChannelLink channel={channel.id}>{channel.label[locale]}</ChannelLink>
            </span>
            <ServiceHoursBadge channel={channel.id} gapNoted />
          </li>
        ))}
      </ul>
      <CalendarGapNote />
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
                values={{channels: <Names selector={urgent} />, hours: hoursText(selectChannels(urgent), locale)}}>
                {'情况紧急时，也可以通过{channels}联系我们：{hours}。'}
              </Translate>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
