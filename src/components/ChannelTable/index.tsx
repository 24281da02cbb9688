import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {RECOMMENDED_CHANNEL, RESPONSE_PROMISES, type Channel, type ChannelEntry, type Locale} from '../../data';
import {channelDetails, channelLinkText, entryQrTarget, offeredChannels} from '../../lib/channels/channelEntry';
import {useLocale} from '../../hooks/useLocale';
import ChannelLink, {channelRowId} from '../ChannelLink';
import QrCode from '../QrCode';
import ServiceHoursBadge from '../ServiceHoursBadge';
import CalendarGapNote from '../CalendarGapNote';
import styles from './styles.module.css';

const COLUMNS = {
  channel: () => translate({id: 'helpdesk.channelTable.channel', message: '支持渠道'}),
  hours: () => translate({id: 'helpdesk.channelTable.hours', message: '服务时间与状态'}),
  purpose: () => translate({id: 'helpdesk.channelTable.useCase', message: '适用场景'}),
  entry: () => translate({id: 'helpdesk.channelTable.entry', message: '使用入口'}),
};

type EntryOf<K extends ChannelEntry['kind']> = Extract<ChannelEntry, {kind: K}>;

/** Codes to scan with a phone (a scan channel is offered only once it has at least one). */
function ScanEntry({entry, locale}: {entry: EntryOf<'scan'>; locale: Locale}): ReactNode {
  const withBase = useBaseUrl('/');
  return (
    <span className={styles.qrRow}>
      {entry.images.map((image) => (
        <img
          key={image.src}
          className={styles.qrImage}
          src={`${withBase}${image.src.slice(1)}`}
          alt={image.alt[locale]}
          width={120}
          height={120}
          loading="lazy"
        />
      ))}
    </span>
  );
}

/** A link, address or number to follow, with the link's QR code when one is drawn. */
function FollowEntry({channel, locale}: {channel: Channel; locale: Locale}): ReactNode {
  const {entry} = channel;
  return (
    <div className={styles.entry}>
      <div>
        <ChannelLink
          channel={channel.id}
          className={channel.id === RECOMMENDED_CHANNEL ? 'button button--primary button--sm' : undefined}
        />
        {channelDetails(channel).map((detail) => (
          <p key={detail.value} className={styles.note}>
            <Translate id="helpdesk.channelTable.reference" values={{label: detail.label[locale], value: detail.value}}>
              {'{label}：{value}'}
            </Translate>
          </p>
        ))}
      </div>
      {entryQrTarget(entry) && (
        <figure className={styles.qrFigure}>
          <QrCode
            channel={channel.id}
            label={translate(
              {id: 'helpdesk.channelTable.qrLabel', message: '二维码：{action}'},
              {action: channelLinkText(channel, locale)},
            )}
          />
          <figcaption className={styles.note}>
            <Translate id="helpdesk.channelTable.qrCaption">用手机扫码继续</Translate>
          </figcaption>
        </figure>
      )}
    </div>
  );
}

function Entry({channel, locale}: {channel: Channel; locale: Locale}): ReactNode {
  const {entry} = channel;
  return entry.kind === 'scan' ? (
    <ScanEntry entry={entry} locale={locale} />
  ) : (
    <FollowEntry channel={channel} locale={locale} />
  );
}

/** The channels a customer can use today, with their hours, live status, use and entry link. */
export default function ChannelTable(): ReactNode {
  const locale = useLocale();
  const {collectAnchor} = useBrokenLinks();
  return (
    <>
      <table className={styles.table}>
        {/* Fixed column widths: live text changing inside a cell must not move the columns. */}
        <colgroup>
          <col className={styles.channelColumn} />
          <col className={styles.hoursColumn} />
          <col className={styles.useCaseColumn} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{COLUMNS.channel()}</th>
            <th scope="col">{COLUMNS.hours()}</th>
            <th scope="col">{COLUMNS.purpose()}</th>
            <th scope="col">{COLUMNS.entry()}</th>
          </tr>
        </thead>
        <tbody>
          {offeredChannels().map((channel) => {
            const rowId = channelRowId(channel.id);
            collectAnchor(rowId);
            return (
              <tr key={channel.id} id={rowId}>
                <th scope="row" data-label={COLUMNS.channel()}>
                  {channel.label[locale]}
                  {channel.id === RECOMMENDED_CHANNEL && (
                    <span className={styles.recommended}>
                      <Translate id="helpdesk.channelTable.recommended">推荐</Translate>
                    </span>
                  )}
                </th>
                <td data-label={COLUMNS.hours()}>
                  <ServiceHoursBadge channel={channel.id} gapNoted />
                </td>
                <td data-label={COLUMNS.purpose()}>
                  {channel.useCase[locale]}
                  {channel.responseInStandardHours && (
                    <p className={styles.note}>
                      <Translate
                        id="helpdesk.channelTable.response"
                        values={{promise: RESPONSE_PROMISES[channel.responseInStandardHours].short[locale]}}>
                        {'标准支持时间内：{promise}'}
                      </Translate>
                    </p>
                  )}
                </td>
                <td data-label={COLUMNS.entry()}>
                  <Entry channel={channel} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CalendarGapNote />
    </>
  );
}
