import type {ReactNode} from 'react';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {uncalendaredNote} from '../../lib/words/badgeWords';
import styles from './styles.module.css';

/**
 * Which years the calendar holds only by the days off the law fixes, said once
 * and in the server HTML: it is build data, true whatever the visitor's clock.
 * The live badges beside it then need not each say it after hydration, which
 * made them grow by several lines and moved the page.
 */
export default function CalendarGapNote(): ReactNode {
  const locale = useLocale();
  const {lawFixedYears} = useCalendar();
  if (lawFixedYears.length === 0) {
    return null;
  }
  return (
    <p className={styles.note} data-calendar-gap>
      {lawFixedYears.map((year) => uncalendaredNote(String(year), locale)).join(locale === 'en' ? ' ' : '')}
    </p>
  );
}
