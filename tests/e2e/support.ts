/**
 * Helpers of the browser tests on the built site (tests/e2e): the MDX titles,
 * viewports and colour modes, keyboard and FAQ helpers, the channel table.
 * What the nginx suite needs too lives in tests/shared/ and is re-exported here,
 * so that a spec imports its helpers from one place.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import {RECOMMENDED_CHANNEL} from '../../src/data';
import type {Locale} from '../shared/site';
import {getChannel} from '../../src/lib/lookup';

export * from '../shared/html';
export * from '../shared/page';
export * from '../shared/site';

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

/** `HH:MM` of `instant` on a wall clock in `timeZone` (24-hour). */
export function wallClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(instant);
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
        answer: section.querySelector<HTMLElement>('[data-faq-answer]')!.innerText,
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
