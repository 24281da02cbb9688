/**
 * Shared helpers of the browser tests: the route list, locale prefixing,
 * the MDX titles, a console/network collector and the hydration wait.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, type Locator, type Page, type Request, type Response} from '@playwright/test';
import {LOCALES, RECOMMENDED_CHANNEL, getChannel, type Locale} from '../../src/data';

export {LOCALES, type Locale};

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

/** What the FAQ's live region announces after a copy-link button copied. */
export const COPY_LINK_ANNOUNCEMENT: Record<Locale, string> = {'zh-Hans': '链接已复制', en: 'Link copied'};

/** The `<html lang>` each locale must declare. */
export const HTML_LANG: Record<Locale, string> = {'zh-Hans': 'zh-Hans', en: 'en'};

/** The path of `route` in `locale`: Chinese at the root, English under /en/ (home is /en/). */
export function localePath(route: string, locale: Locale): string {
  if (locale === 'zh-Hans') {
    return route;
  }
  return route === '/' ? '/en/' : `/en${route}`;
}

/** Every route in every locale, for parametrised tests. */
export const PAGES: readonly {route: Route; locale: Locale; path: string}[] = LOCALES.flatMap((locale) =>
  ROUTES.map((route) => ({route, locale, path: localePath(route, locale)})),
);

const SITE_DIR = path.resolve(__dirname, '../..');

/** The MDX source of a docs route in a locale (`/helpdesk` is index.mdx). */
export function mdxFile(route: string, locale: Locale): string {
  const match = /^\/helpdesk(?:\/([a-z-]+))?$/.exec(route);
  if (!match) {
    throw new Error(`${route} is not a docs route`);
  }
  const name = match[1] ?? 'index';
  const dir =
    locale === 'zh-Hans'
      ? path.join(SITE_DIR, 'docs/helpdesk')
      : path.join(SITE_DIR, 'i18n/en/docusaurus-plugin-content-docs/current/helpdesk');
  return path.join(dir, `${name}.mdx`);
}

/** The `title:` of an MDX file's front matter. */
export function frontMatterTitle(file: string): string {
  const source = readFileSync(file, 'utf8');
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!frontMatter) {
    throw new Error(`${file} has no front matter`);
  }
  const title = /^title:\s*(.+?)\s*$/m.exec(frontMatter[1] ?? '');
  if (!title?.[1]) {
    throw new Error(`${file} has no title in its front matter`);
  }
  return title[1].replace(/^(['"])(.*)\1$/, '$2');
}

export const HAN = /\p{Script=Han}/u;

/** Resolves once React has hydrated the page (Docusaurus sets `<html data-has-hydrated="true">`). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** Messages that show a server/client mismatch, whatever their console level. */
export const HYDRATION_PROBLEM = /hydrat|did not match|Minified React error #418|#423|#425/i;

export interface Problem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'response';
  text: string;
}

/**
 * Records everything that should never happen on a page: console errors and
 * warnings, uncaught exceptions, and failed or >= 400 requests to `origin`.
 * Console messages of any level that look like hydration problems count too.
 */
export function collectProblems(page: Page, origin: string): {problems: Problem[]; all: string[]} {
  const problems: Problem[] = [];
  const all: string[] = [];
  const sameOrigin = (url: string) => {
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  page.on('console', (message) => {
    const text = `[${message.type()}] ${message.text()}`;
    all.push(text);
    if (message.type() === 'error' || message.type() === 'warning' || HYDRATION_PROBLEM.test(message.text())) {
      problems.push({kind: 'console', text});
    }
  });
  page.on('pageerror', (error) => {
    all.push(`[pageerror] ${error.message}`);
    problems.push({kind: 'pageerror', text: `${error.name}: ${error.message}`});
  });
  page.on('requestfailed', (request: Request) => {
    if (sameOrigin(request.url())) {
      problems.push({kind: 'requestfailed', text: `${request.url()}: ${request.failure()?.errorText ?? 'failed'}`});
    }
  });
  page.on('response', (response: Response) => {
    if (sameOrigin(response.url()) && response.status() >= 400) {
      problems.push({kind: 'response', text: `${response.status()} ${response.url()}`});
    }
  });
  return {problems, all};
}

/**
 * Attributes of every start tag in raw HTML that carries `attribute`; works on
 * minified HTML whose attribute values are unquoted.
 */
export function tagsWithAttribute(html: string, attribute: string): Record<string, string>[] {
  const tags: Record<string, string>[] = [];
  const tagPattern = /<[a-zA-Z][\w-]*\s([^<>]*)>/g;
  for (const tag of html.matchAll(tagPattern)) {
    const attributes: Record<string, string> = {};
    const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    for (const match of (tag[1] ?? '').matchAll(attributePattern)) {
      const name = match[1]!.toLowerCase();
      attributes[name] = match[2] ?? match[3] ?? match[4] ?? '';
    }
    if (attribute in attributes) {
      tags.push(attributes);
    }
  }
  return tags;
}

/** `HH:MM` of `instant` on a wall clock in `timeZone` (24-hour). */
export function wallClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(instant);
}

/** The live states rendered on the page, per channel id (every element of that channel). */
export async function renderedStates(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const states: Record<string, string[]> = {};
    for (const element of document.querySelectorAll<HTMLElement>('[data-channel-status]')) {
      const id = element.dataset.channelStatus ?? '';
      (states[id] ??= []).push(element.dataset.state ?? '');
    }
    return states;
  });
}

/** Switches the site's language with the navbar's locale dropdown, as a visitor does. */
export async function switchLanguage(page: Page, label: string): Promise<void> {
  const dropdown = page.locator('.navbar .dropdown').filter({has: page.locator('a[lang]')});
  await dropdown.hover();
  const link = dropdown.getByRole('link', {name: label, exact: true});
  await expect(link).toBeVisible();
  await link.click();
}

/** The navbar search box (the offline search plugin's). */
export const navbarSearchInput = (page: Page) => page.locator('input.navbar__search-input');

/** Types `query` into the navbar search box; results appear in its listbox. */
export async function searchFor(page: Page, query: string): Promise<void> {
  const input = navbarSearchInput(page);
  await input.click();
  await input.fill(query);
}

/** The options of the navbar search's result list. */
export const searchResults = (page: Page) => page.getByRole('listbox').getByRole('option');

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
}

/**
 * Records every Content-Security-Policy violation of every document the page
 * loads from now on (the `securitypolicyviolation` event; the browser also logs
 * each one as a console error, which `collectProblems` sees, workers included).
 */
export async function recordCspViolations(page: Page): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await page.exposeFunction('__recordCspViolation', (violation: CspViolation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as {__recordCspViolation: (violation: CspViolation) => void}).__recordCspViolation;
      record({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, page: location.href});
    });
  });
  return violations;
}

/** The two widths every layout check runs at: a phone and a desktop. */
export const VIEWPORTS = {
  phone: {width: 390, height: 844},
  desktop: {width: 1280, height: 800},
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

export const COLOR_MODES = ['light', 'dark'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/**
 * `path` opened in a colour mode: Docusaurus reads `?docusaurus-theme=` before
 * the first paint, whatever the stored choice or the system preference.
 */
export function withColorMode(path: string, mode: ColorMode): string {
  const url = new URL(path, 'http://site.invalid');
  url.searchParams.set('docusaurus-theme', mode);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A query that finds results in each locale: the recommended channel's name. */
export function searchQuery(locale: Locale): string {
  return getChannel(RECOMMENDED_CHANNEL).label[locale];
}

/** The result articles of the full search page. */
export const SEARCH_PAGE_RESULT = 'article h2 a[href]';

/** Presses Tab until `selector` has focus, as a keyboard user would; fails after `limit` presses. */
export async function tabUntil(page: Page, selector: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) {
      return;
    }
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

/** Whitespace as a reader perceives it: runs collapse to one space. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Each FAQ entry's visible question (without the heading's anchor link or the copy button) and answer. */
export async function visibleFaqEntries(page: Page): Promise<{id: string; question: string; answer: string}[]> {
  return page.locator('[data-faq-entry]').evaluateAll((sections) =>
    sections.map((section) => {
      const heading = section.querySelector('h2')!;
      const question = [...heading.childNodes]
        .filter((node) => !(node instanceof HTMLElement && node.matches('.hash-link')))
        .map((node) => node.textContent)
        .join('');
      return {
        id: heading.id,
        question,
        answer: (section.querySelector<HTMLElement>('[data-faq-answer]')!).innerText,
      };
    }),
  );
}

/** The routes that show the channel table. */
export const TABLE_PAGES = ['/helpdesk/contact', '/helpdesk'] as const;

/** The channel table: the table whose rows carry live-status elements. */
export function channelTable(page: Page): Locator {
  return page.locator('table').filter({has: page.locator('[data-channel-status]')});
}
