// @ts-check
/**
 * The Chromium every browser tool drives: both Playwright configs, the
 * benchmarks and the screenshots. Playwright cannot download its own browser
 * on every machine (no network), so Debian's Chromium is used where installed.
 */
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

/** Debian's Chromium where installed; undefined elsewhere (then Playwright's or chrome-launcher's own). */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));

/** The flags Chromium needs here: no sandbox as root in a container, no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The flags of a browser that measures (Lighthouse, CPU profiles): CHROMIUM_FLAGS, and no
 * FontDataService. With it, Chromium on Linux copies the whole system font file a page
 * uses (Noto Sans CJK, about 20 MB, for Chinese text) into every new page process, which
 * adds 100–200 ms to the first layout of every Chinese page; a phone pays nothing of
 * the kind. The tests keep CHROMIUM_FLAGS.
 */
export const BENCH_CHROMIUM_FLAGS = [...CHROMIUM_FLAGS, '--disable-features=FontDataServiceLinux'];

/** Playwright's launch options for that browser. */
export const LAUNCH_OPTIONS = {executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS};

/** Launches that browser (outside a Playwright test, which gets it from the config). */
export function launchBrowser() {
  return chromium.launch(LAUNCH_OPTIONS);
}
