/**
 * Shared helpers of the browser tests: the route list, locale prefixing,
 * the MDX titles, a console/network collector, the hydration wait, colour
 * modes and viewports, the axe check and the search field.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {expect, type Locator, type Page, type Request, type Response} from '@playwright/test';
import {CHANNELS, LOCALES, RECOMMENDED_CHANNEL, channelHref, getChannel, getSchedule, type Locale} from '../../src/data';
import {describeSchedule} from '../../src/lib/format';

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

/** The two widths every page is checked at: a phone and a desktop. */
export const VIEWPORTS = {
  phone: {width: 390, height: 844},
  desktop: {width: 1280, height: 800},
} as const;

export const COLOR_MODES = ['light', 'dark'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/**
 * Opens `path` in a colour mode (Docusaurus reads `?docusaurus-theme=`; the
 * media emulation keeps `respectPrefersColorScheme` in agreement) and waits
 * for hydration.
 */
export async function gotoInColorMode(page: Page, path: string, mode: ColorMode): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
  const url = new URL(path, 'http://placeholder');
  url.searchParams.set('docusaurus-theme', mode);
  await page.goto(`${url.pathname}${url.search}${url.hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
  await waitForHydration(page);
}

/** The WCAG levels the site is held to (axe-core tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the whole page (navbar search included) and asserts no violation, listing each one. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const {violations} = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
  expect(found, `axe violations on ${where}`).toEqual([]);
}

/** A query with hits in every locale: the recommended channel's label. */
export function searchQuery(locale: Locale): string {
  return getChannel(RECOMMENDED_CHANNEL).label[locale];
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

/** The English UI strings, to check the WeChat instruction against its translation. */
const EN_CODE = JSON.parse(readFileSync(path.join(SITE_DIR, 'i18n/en/code.json'), 'utf8')) as Record<string, {message: string}>;

/** The table of contact channels (the one with live-status badges). */
export function channelTable(page: Page): Locator {
  return page.locator('table').filter({has: page.locator('[data-channel-status]')});
}

/**
 * The channel table as `src/data` describes it: one row per channel in data
 * order, each with its label, its hours in words (`describeSchedule`, shown
 * until the live status knows better) and its real entry link — or, for
 * WeChat without QR images, the instruction in place of a broken image.
 */
export async function expectChannelTable(page: Page, locale: Locale, {hydrated}: {hydrated: boolean} = {hydrated: true}): Promise<void> {
  const table = channelTable(page);
  await expect(table).toHaveCount(1);
  await expect(table).toBeVisible();

  const rows = table.locator('tbody > tr');
  await expect(rows).toHaveCount(CHANNELS.length);
  const rowChannels = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector<HTMLElement>('[data-channel-status]')?.dataset.channelStatus ?? null),
  );
  expect(rowChannels).toEqual(CHANNELS.map((channel) => channel.id));

  for (const [index, channel] of CHANNELS.entries()) {
    const row = rows.nth(index);
    await expect(row, channel.id).toContainText(channel.label[locale]);
    const schedule = getSchedule(channel.schedule);
    await expect(row, `${channel.id} hours`).toContainText(schedule.notation);
    if (!hydrated) {
      // Without JavaScript the badge cannot know the time: it says "unknown" and gives the hours in words.
      await expect(row.locator('[data-channel-status]')).toHaveAttribute('data-state', 'unknown');
      await expect(row, `${channel.id} hours in words`).toContainText(describeSchedule(schedule, locale));
    }
    const href = channelHref(channel);
    if (href) {
      const link = row.locator(`a[href="${href}"]`);
      await expect(link, `${channel.id} entry link ${href}`).toHaveCount(1);
      await expect(link).toBeVisible();
    }
    switch (channel.entry.kind) {
      case 'email':
        expect(href).toBe(`mailto:${channel.entry.address}`);
        await expect(row.locator(`a[href^="mailto:"]`)).toHaveText(channel.entry.address);
        break;
      case 'phone':
        expect(href).toBe(`tel:${channel.entry.e164}`);
        await expect(row.locator(`a[href^="tel:"]`)).toHaveText(channel.entry.display);
        break;
      case 'qq-group':
        await expect(row).toContainText(channel.entry.groupNumber);
        await expect(row.locator(`a[href="${href}"]`)).toHaveText(channel.entry.label[locale]);
        break;
      case 'form':
        await expect(row.locator(`a[href="${href}"]`)).toHaveText(channel.entry.label[locale]);
        break;
      case 'wechat': {
        expect(href).toBeNull();
        expect(channel.entry.qrImages).toEqual([]);
        // No QR image ships: no <img> at all, but an instruction instead of a broken picture.
        await expect(row.locator('img')).toHaveCount(0);
        const entryCell = row.locator('td').last();
        const instruction = (await entryCell.innerText()).trim();
        if (locale === 'en') {
          const expected = EN_CODE['helpdesk.channelTable.wechatPending']?.message;
          expect(expected, 'English WeChat instruction in i18n/en/code.json').toBeTruthy();
          expect(instruction).toBe(expected);
        } else {
          expect(instruction).toMatch(HAN);
          expect(instruction.length).toBeGreaterThan(10);
        }
        break;
      }
    }
  }
}
