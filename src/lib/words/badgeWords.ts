/**
 * What a live badge says about the calendar: why it is closed today, and that a
 * year's make-up working days are not in the calendar yet. Written as code in both languages
 * (src/lib/words/wordsLocale.ts) rather than as i18n/en/code.json messages, which every
 * English page's main bundle carries: only the badge's chunk carries these.
 */
import type {Locale} from '../../data/types';

/** A badge closed by a holiday or an announced closure says which: "国庆节休息" / "Closed for National Day". */
export function closedBecause(reason: 'holiday' | 'closure', name: string, locale: Locale): string {
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en') {
    return `Closed for ${name}`;
  }
  return reason === 'holiday' ? `${name}休息` : `因${name}暂停服务`;
}

/**
 * Said when the hours shown are the weekly pattern of a year the calendar does not
 * fully cover. It never says the arrangement is unpublished: the State Council may
 * well have announced it, and only our data lags behind. The days off the law fixes
 * are in the calendar even then (src/node/calendar/lawFixedDays.ts), hence "other days".
 */
export function uncalendaredNote(year: string, locale: Locale): string {
  return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
    ? `${year}’s make-up working days aren’t in our calendar yet, so other days follow the regular weekly hours.`
    : `${year} 年的调休安排尚未收录，其余日期按常规时间推算。`;
}
