import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {CHANNELS, SUPPORT_TIME_ZONE, type Locale} from '../../data';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {formatDateRange, listChannels} from '../../lib/calendarWords';
import {isoDateIn} from '../../lib/formatTime';
import {noticesOn, type Notice} from '../../lib/calendarNotice';
import styles from './styles.module.css';

function noticeText(notice: Notice, locale: Locale): string {
  const open = CHANNELS.filter((channel) => !notice.closed.includes(channel));
  const details = [
    translate({id: 'helpdesk.notice.closed', message: '{channels}暂停服务'}, {channels: listChannels(notice.closed, locale)}),
    open.length > 0 &&
      translate({id: 'helpdesk.notice.open', message: '{channels}照常受理'}, {channels: listChannels(open, locale)}),
    notice.workdays.length > 0 &&
      translate(
        {id: 'helpdesk.notice.workdays', message: '调休上班日（{dates}）以上渠道照常服务'},
        {dates: notice.workdays.map((date) => formatDateRange(date, date, locale)).join(locale === 'en' ? ', ' : '、')},
      ),
  ]
    .filter(Boolean)
    .join(locale === 'en' ? '. ' : '；');
  const values = {name: notice.name[locale], dates: formatDateRange(notice.from, notice.to, locale), details};
  return notice.kind === 'holiday'
    ? translate({id: 'helpdesk.notice.holiday', message: '{name}（北京时间 {dates}）：{details}。'}, values)
    : translate({id: 'helpdesk.notice.closure', message: '因{name}调整服务（北京时间 {dates}）：{details}。'}, values);
}

/**
 * Upcoming holidays and closures (from 14 days before until their last day),
 * worked out after mount from the shipped calendar; nothing on the server.
 */
export default function HolidayNotice(): ReactNode {
  const locale = useLocale();
  const now = useNow();
  const calendar = useCalendar();
  const notices = now ? noticesOn(isoDateIn(now, SUPPORT_TIME_ZONE), calendar) : [];
  if (notices.length === 0) {
    return null;
  }
  return (
    <div className={styles.notice} data-holiday-notice role="note">
      {notices.map((notice) => (
        <p key={`${notice.kind}-${notice.from}`} className={styles.line}>
          {noticeText(notice, locale)}
        </p>
      ))}
    </div>
  );
}
