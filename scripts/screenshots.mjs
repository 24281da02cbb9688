#!/usr/bin/env node
/**
 * Screenshots for people (README, reviews): the landing and contact pages in
 * both locales, at a phone and a desktop width, light and dark — 16 PNGs in
 * screenshots/. Serves the existing build/ (run `npm run build` first) with
 * scripts/serve.mjs. Chinese needs a CJK font on the machine (fonts-noto-cjk).
 *
 * Usage: npm run screenshots [-- --port 8581 --out screenshots]
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launchBrowser, waitForServer} from '../bench/browser.mjs';

const root = path.resolve(import.meta.dirname, '..');
const {values} = parseArgs({
  options: {
    port: {type: 'string', default: '8581'},
    out: {type: 'string', default: 'screenshots'},
  },
});
const ORIGIN = `http://127.0.0.1:${values.port}`;
const OUT = path.resolve(root, values.out);

/** Page name → path per locale (Chinese at the root, English under /en/). */
const PAGES = {
  landing: {'zh-Hans': '/', en: '/en/'},
  contact: {'zh-Hans': '/helpdesk/contact', en: '/en/helpdesk/contact'},
};
const VIEWPORTS = {
  phone: {width: 390, height: 844},
  desktop: {width: 1280, height: 800},
};
const COLOR_MODES = ['light', 'dark'];


async function main() {
  if (!existsSync(path.join(root, 'build/index.html'))) {
    throw new Error('no build/: run `npm run build` first');
  }
  mkdirSync(OUT, {recursive: true});
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'build', '--port', values.port], {cwd: root, stdio: 'ignore'});
  const browser = await launchBrowser();
  try {
    await waitForServer(`${ORIGIN}/`);
    for (const [name, paths] of Object.entries(PAGES)) {
      for (const [locale, pagePath] of Object.entries(paths)) {
        for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
          for (const mode of COLOR_MODES) {
            const context = await browser.newContext({viewport, colorScheme: mode, deviceScaleFactor: 1});
            const page = await context.newPage();
            await page.goto(`${ORIGIN}${pagePath}?docusaurus-theme=${mode}`);
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
    server.kill();
  }
}

await main();
