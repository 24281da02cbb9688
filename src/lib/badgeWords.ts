/**
 * What a live badge says about the calendar: why it is closed today, and that a
 * year's holidays are not known yet. Written as code in both languages
 * (src/lib/wordsLocale.ts) rather than as i18n/en/code.json messages, which every
 * English page's main bundle carries: only the badge's chunk carries these.
 */
import type {Locale} from '../data/types';

/** A badge closed by a holiday or an announced closure says which: "国庆节休息" / "Closed for National Day". */
export function closedBecause(reason: 'holiday' | 'closure', name: string, locale: Locale): string {
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en') {
    return `Closed for ${name}`;
  }
  return reason === 'holiday' ? `${name}休息` : `因${name}暂停服务`;
}

/** Said when the hours shown are the weekly pattern of a year whose holidays are not known yet. */
export function uncalendaredNote(year: string, locale: Locale): string {
  return (process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en'
    ? `${year} holiday dates are not in our calendar yet, so this follows the regular weekly hours.`
    : `${year} 年节假日安排尚未公布，按常规时间推算。`;
}
