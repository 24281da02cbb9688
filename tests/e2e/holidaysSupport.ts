/**
 * The calendar the build shipped, read from the policy file it published
 * (build/support-policy.json), so that the browser tests compute what each badge
 * must say from what the pages were built with, whatever today's date is.
 */
import type {Locale} from '../../src/data';
import {calendarFor, type CalendarData, type SourceCalendar} from '../../src/lib/calendar/calendar';
import {policySource, type SupportPolicy} from '../../src/embed/statusModel';
import {readBuilt} from '../shared/builtSite';

/** As the build loaded it, names in both languages. */
export const SHIPPED_SOURCE: SourceCalendar = policySource(JSON.parse(readBuilt('support-policy.json')) as SupportPolicy);

/** As the pages of `locale` get it. */
export function shippedCalendar(locale: Locale): CalendarData {
  return calendarFor(SHIPPED_SOURCE, locale);
}
