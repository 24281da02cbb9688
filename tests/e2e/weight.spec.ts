/**
 * Page-weight budgets on the built site, both locales: first-load JavaScript of
 * the heaviest page and everything every page loads first, gzip-compressed
 * (budgets and the way of measuring: tools/pageWeight.mjs).
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {uncalendaredNote} from '../../src/lib/words/badgeWords';
import {describeHolidayBehaviour} from '../../src/lib/words/calendarWords';
import {BUILD_DIR} from '../shared/builtSite';
import {BUDGET_KIB, JS_BUDGET_ROUTE, firstLoad, kib, sum, type LoadedFile} from '../../tools/pageWeight.mjs';
import {LOCALES, PAGES, localePath} from './support';

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

/** Each locale's calendar words (distinct sentences no data file holds), and where its built JavaScript is. */
const WORDS = LOCALES.map((locale) => ({
  locale,
  jsDir: path.join(BUILD_DIR, localePath('/', locale), 'assets/js'),
  words: [uncalendaredNote('', locale).trim(), describeHolidayBehaviour('observed', locale)],
}));

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
