import type {ReactNode} from 'react';
import {SUPPORT_TIME_ZONE} from '../../data';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {useNow} from '../../hooks/useNow';
import {isoDateIn} from '../../lib/words/formatTime';
import {noticesOn, noticeText} from '../../lib/calendar/calendarNotice';
import styles from './styles.module.css';

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
