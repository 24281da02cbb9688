/**
 * Which pages carry which schema.org JSON-LD, by route (without the locale's
 * prefix). plugins/html-pass writes the blocks into each page's built HTML, so
 * that search engines read them and no visitor downloads the code that builds them.
 */
import type {Locale} from '../../data';
import type {CalendarData} from '../../lib/calendar/calendar';
import {faqPageJsonLd} from './faqJsonLd';
import {organizationJsonLd} from './structuredData';

export interface JsonLdContext {
  locale: Locale;
  /** The site's origin, e.g. `https://support.websoft9.com`. */
  siteUrl: string;
  /** The page's own URL, locale prefix included. */
  pageUrl: string;
  calendar: CalendarData;
}

export const PAGE_JSON_LD: Readonly<Record<string, (context: JsonLdContext) => object>> = {
  '/helpdesk/contact': ({locale, siteUrl, calendar}) => organizationJsonLd(locale, siteUrl, calendar),
  '/helpdesk/faq': ({locale, pageUrl}) => faqPageJsonLd(locale, pageUrl),
};
