/**
 * Page-weight budgets on the built site, both locales: first-load JavaScript of
 * the heaviest page and everything every page loads first, gzip-compressed
 * (budgets and the way of measuring: tools/pageWeight.mjs), and that each locale's
 * pages show and ship their own language.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {uncalendaredNote} from '../../src/lib/words/badgeWords';
import {describeHolidayBehaviour} from '../../src/lib/words/calendarWords';
import {BUILD_DIR} from '../shared/builtSite';
import {BUDGET_KIB, JS_BUDGET_ROUTE, firstLoad, kib, sum, type LoadedFile} from '../../tools/pageWeight.mjs';
import {LOCALES, PAGES, localePath, waitForHydration} from './support';

const SITE_DIR = path.resolve(__dirname, '../..');

/** The files behind a total, largest first, for the failure message. */
function breakdown(what: string, files: readonly LoadedFile[]): string {
  const lines = [...files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((file) => `  ${kib(file.gzipBytes)} KiB ${file.type} ${file.path}`);
  return [`${what}: ${kib(sum(files))} KiB gzip`, ...lines].join('\n');
}

for (const locale of LOCALES) {
  const contact = localePath(JS_BUDGET_ROUTE, locale);
  test(`${contact}: first-load JavaScript within ${BUDGET_KIB.contactJs} KiB gzip`, async ({page}) => {
    const {files} = await firstLoad(page, contact);
    const scripts = files.filter((file) => file.type === 'script');
    expect(scripts.length, 'scripts loaded').toBeGreaterThan(1);
    expect(sum(scripts), breakdown('first-load JavaScript', scripts)).toBeLessThanOrEqual(BUDGET_KIB.contactJs * 1024);
  });
}

for (const {path} of PAGES) {
  test(`${path}: everything loaded first, prefetches included, within ${BUDGET_KIB.total} KiB gzip`, async ({page}) => {
    const {files, prefetched} = await firstLoad(page, path);
    expect(files.map((file) => file.type)).toEqual(expect.arrayContaining(['document', 'stylesheet', 'script']));
    // Chunks of linked pages that Docusaurus prefetches at idle count too: the visitor downloads them.
    const everything = [...files, ...prefetched];
    expect(sum(everything), breakdown('everything loaded first', everything)).toBeLessThanOrEqual(BUDGET_KIB.total * 1024);
  });
}

const CODE_JSON = Object.entries(
  JSON.parse(readFileSync(path.join(SITE_DIR, 'i18n/en/code.json'), 'utf8')) as Record<string, {message: string}>,
);
/** Runs of four words or more, placeholders cut out. */
const sentences = (texts: readonly string[]) =>
  texts
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((text) => text.trim())
    .filter((text) => text.split(/\s+/).length >= 4);
/** The data's files: their Localized facts ship in both languages, by design. */
const DATA_DIR = path.join(SITE_DIR, 'src/data');
const DATA_SOURCE = readdirSync(DATA_DIR)
  .map((file) => readFileSync(path.join(DATA_DIR, file), 'utf8'))
  .join('\n');
/** The English of the site's own UI strings: code.json messages of its ids (the theme's ids default to English), not the data's. */
const SITE_MESSAGES = sentences(
  CODE_JSON.filter(([id]) => /^(helpdesk|home)\./.test(id)).map(([, {message}]) => message),
).filter((text) => !DATA_SOURCE.includes(text));
/** What no Chinese page may show: every English UI string, and the English of sentences written in code. */
const ENGLISH_SENTENCES = [
  ...sentences(CODE_JSON.map(([, {message}]) => message)),
  ...sentences([uncalendaredNote('2030', 'en'), describeHolidayBehaviour('observed', 'en')]),
];

/** The bundle's text with its escapes (\\uXXXX, \\u{X…}) read back into characters. */
function bundledText(jsDir: string): string {
  return readdirSync(jsDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(jsDir, file), 'utf8'))
    .join('\n')
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, braced: string | undefined, plain: string | undefined) =>
      String.fromCodePoint(parseInt(braced ?? plain!, 16)),
    );
}

test("the Chinese build ships none of the site's English UI strings", () => {
  expect(SITE_MESSAGES.length, 'English UI strings to look for').toBeGreaterThan(20);
  const js = bundledText(path.join(BUILD_DIR, localePath('/', 'zh-Hans'), 'assets/js'));
  expect(SITE_MESSAGES.filter((text) => js.includes(text))).toEqual([]);
});

// English pages showing no Chinese: tests/e2e/routes.spec.ts ("English pages are fully translated").
for (const {path: pagePath, locale} of PAGES) {
  const contact = pagePath === localePath(JS_BUDGET_ROUTE, locale);
  if (locale === 'en' && !contact) {
    continue;
  }
  test(`${pagePath}, live: shows its own language, not the other`, async ({page}) => {
    await page.goto(pagePath);
    await waitForHydration(page);
    // Code samples (the embed snippet) are not sentences.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('pre, code').forEach((element) => element.remove());
      return body.innerText;
    });
    if (locale !== 'en') {
      expect(ENGLISH_SENTENCES.filter((sentence) => text.includes(sentence))).toEqual([]);
    }
    if (contact) {
      for (const other of LOCALES) {
        const words = describeHolidayBehaviour('observed', other);
        expect(text.includes(words), `the hours table says "${words}"`).toBe(other === locale);
      }
    }
  });
}

/** Each locale's calendar words (distinct sentences no data file holds), and where its built JavaScript is. */
const WORDS = LOCALES.map((locale) => ({
  locale,
  jsDir: path.join(BUILD_DIR, localePath('/', locale), 'assets/js'),
  words: [uncalendaredNote('', locale).trim(), describeHolidayBehaviour('observed', locale)],
}));

test("each locale's JavaScript carries its own calendar words and not the other language's (src/lib/words/wordsLocale.ts)", () => {
  for (const {locale, jsDir, words} of WORDS) {
    const js = bundledText(jsDir);
    for (const text of words) {
      expect(js.includes(text), `the ${locale} build lacks "${text}"`).toBe(true);
    }
    for (const other of WORDS.filter((entry) => entry.locale !== locale)) {
      for (const text of other.words) {
        expect(js.includes(text), `the ${locale} build carries "${text}"`).toBe(false);
      }
    }
  }
});
