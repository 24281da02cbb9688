#!/usr/bin/env node
// @ts-check
/**
 * Screenshots for people (README, reviews): the landing and contact pages in
 * both locales, at a phone and a desktop width, light and dark — 16 PNGs in
 * screenshots/. Serves the existing build/ (run `npm run build` first) with
 * scripts/serve.mjs. Chinese needs a CJK font on the machine (fonts-noto-cjk).
 *
 * The browser's clock stands still at CLOCK (and its time zone is fixed), so the
 * live status and the times shown are the same on every run: an unchanged site
 * gives the same pictures, and git sees no change in the two that are committed.
 *
 * Usage: npm run screenshots [-- --port 8581 --out screenshots]
 */
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launchBrowser} from '../tools/chromium.mjs';
import {serveBuild} from '../tools/server.mjs';
import {LOCALES, localePath} from '../tools/site.mjs';

const root = path.resolve(import.meta.dirname, '..');
const {values} = parseArgs({
  options: {
    port: {type: 'string', default: '8581'},
    out: {type: 'string', default: 'screenshots'},
  },
});
const OUT = path.resolve(root, values.out);

/** A Wednesday, 10:00 in China: an ordinary working day, when every channel with hours is open. */
const CLOCK = new Date('2026-03-11T02:00:00Z');
/** The reader's time zone the pictures show; fixed, so that the machine's own does not matter. */
const TIME_ZONE = 'Asia/Shanghai';

/** Page name → route (Chinese path; localePath gives the other locales'). */
const PAGES = {landing: '/', contact: '/helpdesk/contact'};
const VIEWPORTS = {
  phone: {width: 390, height: 844},
  desktop: {width: 1280, height: 800},
};
const COLOR_MODES = /** @type {const} */ (['light', 'dark']);

async function main() {
  if (!existsSync(path.join(root, 'build/index.html'))) {
    throw new Error('no build/: run `npm run build` first');
  }
  mkdirSync(OUT, {recursive: true});
  const server = await serveBuild(path.join(root, 'build'), Number(values.port));
  const browser = await launchBrowser();
  try {
    for (const [name, route] of Object.entries(PAGES)) {
      for (const locale of LOCALES) {
        for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
          for (const mode of COLOR_MODES) {
            const context = await browser.newContext({
              viewport,
              colorScheme: mode,
              deviceScaleFactor: 1,
              timezoneId: TIME_ZONE,
            });
            await context.clock.setFixedTime(CLOCK);
            const page = await context.newPage();
            await page.goto(`${server.origin}${localePath(route, locale)}?docusaurus-theme=${mode}`);
            // The live status is filled in after hydration; fonts must be in before the picture.
            await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
            await page.evaluate(() => document.fonts.ready);
            await page.waitForLoadState('networkidle');
            const file = path.join(OUT, `${name}-${locale}-${viewportName}-${mode}.png`);
            await page.screenshot({path: file, fullPage: true});
            console.log(path.relative(root, file));
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
