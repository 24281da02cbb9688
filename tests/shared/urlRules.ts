/**
 * The URL rules every server of the site follows, as data: what a request gets
 * (status, Location, the build file that is the body, the cache class). Both
 * scripts/serve.mjs (tests/e2e/url-rules.spec.ts) and nginx with
 * deploy/nginx/helpdesk.conf (tests/nginx/url-rules.spec.ts) are run against it,
 * through tests/shared/urlRuleTests.ts. The README points here.
 */
import {CROSS_ORIGIN_FILES, IMMUTABLE, REVALIDATE} from '../../deploy/headers.cjs';
import {fileForUrlPath, readBuilt} from './builtSite';
import {tagsWithAttribute} from './html';
import {LOCALES, PAGES, localePath, type Locale} from './site';

/** The Cache-Control of each class (deploy/headers.cjs is their one source). */
export const CACHE_CONTROL = {immutable: IMMUTABLE, revalidate: REVALIDATE} as const;
export type CacheClass = keyof typeof CACHE_CONTROL;

export interface UrlRule {
  /** Why this request is in the table. */
  about: string;
  /** The request target exactly as sent on the wire (never normalised). */
  path: string;
  method?: string;
  /** The status, or the statuses a server may choose from (junk: 400 or 404). */
  status: number | readonly number[];
  /** The Location of a redirect, as sent (relative: right behind a TLS proxy too). */
  location?: string;
  /** The build file (relative to build/) whose bytes are the body. */
  body?: string;
  /** The cache class of the response; a 200 in a class also carries an ETag and answers If-None-Match with 304. */
  cache?: CacheClass;
  /**
   * Response headers by lower-case name: a value (or a pattern) the header must have, or null where it
   * must be absent. Checked on the 304 of a revalidation too, but for Content-Type, which a 304 leaves out.
   */
  headers?: Record<string, string | RegExp | null>;
}

/** Only the files of CROSS_ORIGIN_FILES (deploy/headers.cjs) may be read by other origins. */
const SAME_ORIGIN_ONLY = {'access-control-allow-origin': null};

/** The type each server sends for the cross-origin files (nginx says application/javascript, Node text/javascript). */
const TYPE_BY_EXTENSION: Record<string, RegExp> = {
  json: /^application\/json; charset=utf-8$/i,
  js: /^(?:text|application)\/javascript; charset=utf-8$/i,
};

/** The hashed script and style files a locale's home page loads. */
export function hashedAssetsOf(locale: Locale): string[] {
  const html = readBuilt(fileForUrlPath(localePath('/', locale))!);
  // The bundle is preloaded and started by the paint-first loader (plugins/paint-first).
  const links = tagsWithAttribute(html, 'href');
  const scripts = links.filter((tag) => tag.rel === 'preload' && tag.as === 'script').map((tag) => tag.href!);
  const styles = links.filter((tag) => tag.rel === 'stylesheet').map((tag) => tag.href!);
  return [...scripts, ...styles];
}

/** Unknown paths and the 404 page each gets: the English one under /en/, the Chinese one elsewhere. */
export const NOT_FOUND: readonly {path: string; locale: Locale; file: string}[] = [
  {path: '/no-such-page', locale: 'zh-Hans', file: '404.html'},
  {path: '/helpdesk/no-such-page', locale: 'zh-Hans', file: '404.html'},
  {path: '/assets/js/no-such-chunk.js', locale: 'zh-Hans', file: '404.html'},
  {path: '/_headers', locale: 'zh-Hans', file: '404.html'},
  {path: '/.git/config', locale: 'zh-Hans', file: '404.html'},
  {path: '/en/no-such-page', locale: 'en', file: 'en/404.html'},
  {path: '/en/assets/js/no-such-chunk.js', locale: 'en', file: 'en/404.html'},
];

/** Paths that try to leave build/ or are not paths at all. */
const JUNK = [
  '/../etc/passwd',
  '/../../../../etc/passwd',
  '/assets/../../etc/passwd',
  '/en/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/%c0%ae%c0%ae/etc/passwd',
  '/helpdesk/..%5c..%5cetc/passwd',
  '/%00',
  '/helpdesk/faq%00',
  '/index.html%00.js',
  '/%ZZ',
  `/${'a'.repeat(300)}`,
  `/${'a'.repeat(1025)}`,
  `/helpdesk/${'../'.repeat(200)}etc/passwd`,
];

/** The whole table, read against the current build (hashed file names change with every build). */
export function urlRules(): UrlRule[] {
  return [
    ...PAGES.map(({path}) => ({
      about: 'a clean URL serves its page',
      path,
      status: 200,
      body: fileForUrlPath(path)!,
      cache: 'revalidate' as const,
      headers: SAME_ORIGIN_ONLY,
    })),
    ...[
      ...LOCALES.map((locale) => localePath('/search-index.json', locale)),
      '/img/social-card.png',
      '/qr/ticket.svg',
      '/sitemap.xml',
      '/robots.txt',
    ].map((path) => ({
      about: 'a file without a hash in its name revalidates',
      path,
      status: 200,
      body: path.slice(1),
      cache: 'revalidate' as const,
      headers: SAME_ORIGIN_ONLY,
    })),
    ...CROSS_ORIGIN_FILES.map(({path, contentType}) => ({
      about: 'a file other origins read (policy, status module, calendar feed) is open to them and revalidates',
      path,
      status: 200,
      body: path.slice(1),
      cache: 'revalidate' as const,
      headers: {
        'access-control-allow-origin': '*',
        'content-type': contentType ?? TYPE_BY_EXTENSION[path.split('.').at(-1)!]!,
      },
    })),
    ...LOCALES.flatMap(hashedAssetsOf).map((path) => ({
      about: 'a content-hashed file is immutable for a year',
      path,
      status: 200,
      body: path.slice(1),
      cache: 'immutable' as const,
      headers: SAME_ORIGIN_ONLY,
    })),
    {about: 'HEAD is served', path: '/', method: 'HEAD', status: 200, cache: 'revalidate'},
    ...['POST', 'PUT', 'DELETE', 'OPTIONS'].map((method) => ({
      about: 'only GET and HEAD are served',
      path: '/',
      method,
      status: 405,
    })),
    {about: "a locale's home keeps its slash", path: '/en', status: 301, location: '/en/'},
    {about: "a locale's home keeps its slash, and the query", path: '/en?q=1', status: 301, location: '/en/?q=1'},
    {about: 'a trailing slash is dropped', path: '/helpdesk/', status: 301, location: '/helpdesk'},
    {about: 'a trailing slash is dropped', path: '/helpdesk/faq/', status: 301, location: '/helpdesk/faq'},
    {
      about: 'a trailing slash is dropped, the query kept',
      path: '/en/helpdesk/contact/?utm=x',
      status: 301,
      location: '/en/helpdesk/contact?utm=x',
    },
    ...NOT_FOUND.map(({path, file}) => ({
      about: "an unknown path gets its locale's 404 page, never cached as content",
      path,
      status: 404,
      body: file,
      cache: 'revalidate' as const,
    })),
    {about: 'a path over 1024 characters is a bad request', path: `/${'a'.repeat(2000)}`, status: 400},
    ...JUNK.map((path) => ({about: 'junk never reaches a file outside build/', path, status: [400, 404]})),
  ];
}
