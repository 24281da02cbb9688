import {translate} from '@docusaurus/Translate';
import {SUPPORT_TIME_ZONE, type Locale} from '../../data';
import {SUPPORT_TIME_ZONE_NAME} from '../../lib/words/format';
import {formatComingTime, sameAsVisitorClock} from '../../lib/words/formatTime';
import {VISITOR_CLOCK} from '../../lib/time/schedule';

/** A coming instant in China time: "北京时间明天 08:00" / "08:00 tomorrow China time". */
export function chinaTime(instant: Date, now: Date, locale: Locale): string {
  const time = formatComingTime(instant, now, locale, SUPPORT_TIME_ZONE);
  return locale === 'en' ? `${time} ${SUPPORT_TIME_ZONE_NAME.en}` : `${SUPPORT_TIME_ZONE_NAME['zh-Hans']}${time}`;
}

/**
 * A coming instant in China time and on the clock of `visitorZone`:
 * "北京时间明天 08:00（您当地时间明天 01:00）" / "08:00 tomorrow China time (01:00 tomorrow your time)".
 */
export function bothZones(instant: Date, now: Date, locale: Locale, visitorZone: string): string {
  return translate(
    {id: 'helpdesk.status.bothZones', message: '{china}（您当地时间{own}）'},
    {china: chinaTime(instant, now, locale), own: formatComingTime(instant, now, locale, visitorZone)},
  );
}

/** A coming instant in China time, plus the visitor's own reading when their clock differs. */
export function whenText(instant: Date, now: Date, locale: Locale): string {
  return sameAsVisitorClock(instant, SUPPORT_TIME_ZONE)
    ? chinaTime(instant, now, locale)
    : bothZones(instant, now, locale, VISITOR_CLOCK);
}
