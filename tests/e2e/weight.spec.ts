/**
 * Page-weight budgets on the built site, both locales: first-load JavaScript of
 * the contact page and everything every page loads first, gzip-compressed.
 */
import {expect, test} from '@playwright/test';
import {BUDGET_KIB, firstLoad, kib, sum, type LoadedFile} from './pageWeight';
import {LOCALES, PAGES, localePath} from './support';

function breakdown(files: readonly LoadedFile[]): string {
  return [...files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((file) => `${kib(file.gzipBytes)} KiB ${file.type} ${file.path}`)
    .join('\n');
}

for (const locale of LOCALES) {
  const contact = localePath('/helpdesk/contact', locale);
  test(`${contact}: first-load JavaScript within ${BUDGET_KIB.contactJs} KiB gzip`, async ({page}) => {
    const {files} = await firstLoad(page, contact);
    const scripts = files.filter((file) => file.type === 'script');
    expect(scripts.length, 'scripts loaded').toBeGreaterThan(1);
    expect(kib(sum(files, 'script')), breakdown(scripts)).toBeLessThanOrEqual(BUDGET_KIB.contactJs);
  });
}

for (const {path} of PAGES) {
  test(`${path}: everything loaded first, prefetches included, within ${BUDGET_KIB.total} KiB gzip`, async ({page}) => {
    const {files, prefetched} = await firstLoad(page, path);
    expect(files.map((file) => file.type)).toEqual(expect.arrayContaining(['document', 'stylesheet', 'script']));
    // Chunks of linked pages that Docusaurus prefetches at idle count too: the visitor downloads them.
    const everything = [...files, ...prefetched];
    expect(kib(sum(everything)), breakdown(everything)).toBeLessThanOrEqual(BUDGET_KIB.total);
  });
}
