/**
 * The site's pages and locales as the tests see them (both suites): the route
 * list, locale paths and the language each locale declares.
 */
import {LOCALES, type Locale} from '../../src/data';
import {localePath} from '../../tools/site.mjs';

export {LOCALES, localePath, type Locale};

/** Every page of the site, as a Chinese (root) path. */
export const ROUTES = [
  '/',
  '/helpdesk',
  '/helpdesk/scope',
  '/helpdesk/on-demand',
  '/helpdesk/contact',
  '/helpdesk/faq',
] as const;

export type Route = (typeof ROUTES)[number];

/** Every route in every locale, for parametrised tests. */
export const PAGES: readonly {route: Route; locale: Locale; path: string}[] = LOCALES.flatMap((locale) =>
  ROUTES.map((route) => ({route, locale, path: localePath(route, locale)})),
);

/** The `<html lang>` each locale must declare. */
export const HTML_LANG: Record<Locale, string> = {'zh-Hans': 'zh-Hans', en: 'en'};

export const HAN = /\p{Script=Han}/u;
