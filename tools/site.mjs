// @ts-check
/**
 * Facts about the site that the build configuration, the Node scripts, the
 * benchmarks and the tests share. src/data/types.ts keeps its own LOCALES for
 * the browser bundle; tools/site.test.ts checks that the two agree.
 */

/** The public origin of the site; `SITE_URL` overrides it at build time (docusaurus.config.ts reads this). */
export const SITE_URL = process.env.SITE_URL ?? 'https://support.websoft9.com';

/** Every locale, the default (served at the root) first; the others live under `/<locale>/`. */
export const LOCALES = /** @type {const} */ (['zh-Hans', 'en']);

/** @typedef {(typeof LOCALES)[number]} Locale */

export const DEFAULT_LOCALE = LOCALES[0];

/** The locales served under a path prefix. */
export const PREFIXED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/**
 * The path of `route` (a path of the default locale) in `locale`: the default
 * locale at the root, the others under `/<locale>/` (a locale's home is `/<locale>/`).
 * @param {string} route
 * @param {Locale} locale
 * @returns {string}
 */
export function localePath(route, locale) {
  if (locale === DEFAULT_LOCALE) {
    return route;
  }
  return route === '/' ? `/${locale}/` : `/${locale}${route}`;
}

/**
 * The `/<locale>` prefix of a URL path, or '' for the default locale.
 * @param {string} pathname
 * @returns {string}
 */
export function localePrefix(pathname) {
  const first = pathname.split('/')[1] ?? '';
  return /** @type {readonly string[]} */ (PREFIXED_LOCALES).includes(first) ? `/${first}` : '';
}
