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

/** Playwright's launch options for that browser. */
export const LAUNCH_OPTIONS = {executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS};

/** Launches that browser (outside a Playwright test, which gets it from the config). */
export function launchBrowser() {
  return chromium.launch(LAUNCH_OPTIONS);
}
