#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures of the built site for people (README,
 * reviews): the landing and contact pages, in Chinese and English, at a phone
 * and a desktop width, in light and dark mode — 16 PNGs in screenshots/.
 * Each is taken after hydration, so the live status shows as visitors see it.
 * Chinese needs CJK fonts (Debian: fonts-noto-cjk), or it renders as boxes.
 *
 * Usage: npm run build && npm run screenshots [-- --dir build --out screenshots --port 8382]
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
const {values: options} = parseArgs({
  options: {
    dir: {type: 'string', default: 'build'},
    out: {type: 'string', default: 'screenshots'},
    port: {type: 'string', default: process.env.SCREENSHOTS_PORT ?? '8382'},
  },
});

/** Page name → path in each locale (Chinese at the root, English under /en/). */
const PAGES = {
  landing: {'zh-Hans': '/', en: '/en/'},
  contact: {'zh-Hans': '/helpdesk/contact', en: '/en/helpdesk/contact'},
};
const VIEWPORTS = {
  phone: {width: 390, height: 844},
  desktop: {width: 1280, height: 800},
};
const COLOR_MODES = ['light', 'dark'];

const buildDir = path.resolve(root, options.dir);
const outDir = path.resolve(root, options.out);
const origin = `http://127.0.0.1:${options.port}`;

if (!existsSync(path.join(buildDir, 'index.html'))) {
  console.error(`${buildDir} holds no built site: run \`npm run build\` first.`);
  process.exit(1);
}
mkdirSync(outDir, {recursive: true});

const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--dir', buildDir, '--port', options.port], {
  stdio: 'ignore',
});
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  for (const [name, paths] of Object.entries(PAGES)) {
    for (const [locale, pagePath] of Object.entries(paths)) {
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        for (const mode of COLOR_MODES) {
          const context = await browser.newContext({viewport, colorScheme: mode, deviceScaleFactor: 1});
          const page = await context.newPage();
          await page.goto(`${origin}${pagePath}?docusaurus-theme=${mode}`);
          await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
          await page.waitForLoadState('networkidle');
          // Web fonts and the live status are in; the screenshot shows the first screen as a visitor sees it.
          await page.evaluate(() => document.fonts.ready);
          const file = path.join(outDir, `${name}-${locale}-${viewportName}-${mode}.png`);
          await page.screenshot({path: file});
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
