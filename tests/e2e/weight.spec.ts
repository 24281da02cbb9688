/**
 * Page-weight budgets on the built site, both locales: first-load JavaScript of
 * the heaviest page and everything every page loads first, gzip-compressed
 * (budgets and the way of measuring: tools/pageWeight.mjs).
 */
import {expect, test} from '@playwright/test';
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
