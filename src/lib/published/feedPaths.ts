/**
 * Where the site publishes what other pages and programs read (ARCHITECTURE.md,
 * "Subscribe and embed"): paths only, so that the contact page's links cost a
 * few bytes. deploy/headers.cjs opens the same paths to other origins
 * (deploy/headers.test.ts checks that the lists agree).
 */
import type {Locale} from '../../data/types';

/** The machine-readable support policy (src/node/feeds/supportPolicy.ts). */
export const SUPPORT_POLICY_PATH = '/support-policy.json';

/** The embeddable status element (src/embed/supportStatus.ts), one module for both languages. */
export const STATUS_MODULE_PATH = '/support-status.js';

/** The support calendar feed of a locale (src/node/feeds/supportCalendar.ts): the English one lives under /en/. */
export function calendarFeedPath(locale: Locale): string {
  return locale === 'en' ? '/en/support-calendar.ics' : '/support-calendar.ics';
}
