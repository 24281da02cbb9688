#!/usr/bin/env node
// @ts-check
/**
 * Benchmark for the live-status budget (not a test): how many gzip bytes of
 * first-load JavaScript the live status, the "who can I reach now" panel and the
 * channel table add to /helpdesk/contact, and the page's cumulative layout shift
 * while the status goes live.
 *
 * It builds the Chinese site twice — as it is, and a copy whose contact page has
 * no ReachNow / ChannelTable — and compares the scripts each contact page loads.
 * Writes bench/results/live-status.md.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {launchBrowser} from '../tools/chromium.mjs';
import {firstLoad} from '../tools/pageWeight.mjs';
import {serveBuild} from '../tools/server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const CONTACT_PAGE = 'docs/helpdesk/contact.mdx';
const COMPONENTS = ['ReachNow', 'ChannelTable'];

/**
 * @param {string} siteDir
 * @param {string} outDir
 */
function build(siteDir, outDir) {
  execFileSync('npx', ['docusaurus', 'build', '--locale', 'zh-Hans', '--out-dir', outDir], {
    cwd: siteDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Ports of the servers this bench starts: BENCH_PORT and the two after it. */
const BASE_PORT = Number(process.env.BENCH_PORT ?? 4180);

/**
 * Scripts a browser fetches to show and hydrate the page (the runtime loads
 * route chunks itself, so the HTML alone does not list them), with gzip sizes.
 * @param {string} outDir
 * @param {string} pathname
 * @param {number} port
 */
async function firstLoadScripts(outDir, pathname, port) {
  const server = await serveBuild(outDir, port);
  const browser = await launchBrowser();
  try {
    const {files} = await firstLoad(await browser.newPage(), `${server.origin}${pathname}`);
    return files
      .filter((file) => file.type === 'script')
      .map((file) => ({src: file.path, gzip: file.gzipBytes}))
      .sort((a, b) => a.src.localeCompare(b.src));
  } finally {
    await browser.close();
    await server.close();
  }
}

function siteWithoutLiveComponents() {
  const dir = mkdtempSync(path.join(tmpdir(), 'helpdesk-bench-'));
  for (const entry of [
    'docs',
    'src',
    'static',
    'plugins',
    'tools',
    'i18n',
    'docusaurus.config.ts',
    'sidebars.ts',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(path.join(root, entry), path.join(dir, entry), {recursive: true});
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const page = path.join(dir, CONTACT_PAGE);
  const stripped = readFileSync(page, 'utf8')
    .split('\n')
    .filter((line) => !COMPONENTS.some((name) => line.includes(`<${name}`) || line.startsWith(`import ${name} `)))
    .join('\n');
  writeFileSync(page, stripped);
  // Other pages link to the table's rows (#channel-wechat), which this copy lacks.
  const config = path.join(dir, 'docusaurus.config.ts');
  writeFileSync(config, readFileSync(config, 'utf8').replace("onBrokenAnchors: 'throw'", "onBrokenAnchors: 'ignore'"));
  return dir;
}

/** @param {string} outDir */
async function measureCls(outDir) {
  const server = await serveBuild(outDir, BASE_PORT);
  const browser = await launchBrowser();
  const results = [];
  try {
    for (const {label, viewport} of [
      {label: 'desktop 1280×900', viewport: {width: 1280, height: 900}},
      {label: 'phone 360×740', viewport: {width: 360, height: 740}},
    ]) {
      for (const instant of ['2026-11-25T10:00:00+08:00', '2026-11-29T03:00:00+08:00']) {
        const page = await browser.newPage({viewport});
        await page.clock.install({time: new Date(instant)});
        await page.addInitScript(() => {
          const record = /** @type {{__cls: number}} */ (/** @type {unknown} */ (window));
          record.__cls = 0;
          new PerformanceObserver((list) => {
            // Layout-shift entries (LayoutShift is not in TypeScript's DOM types).
            for (const entry of /** @type {{hadRecentInput: boolean, value: number}[]} */ (
              /** @type {unknown} */ (list.getEntries())
            )) {
              if (!entry.hadRecentInput) record.__cls += entry.value;
            }
          }).observe({type: 'layout-shift', buffered: true});
        });
        await page.goto(`${server.origin}/helpdesk/contact`);
        await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
        await page.clock.runFor(61_000);
        await page.waitForTimeout(300);
        results.push({
          label,
          instant,
          cls: await page.evaluate(() => /** @type {{__cls: number}} */ (/** @type {unknown} */ (window)).__cls),
        });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const kib = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(2);

const withOut = mkdtempSync(path.join(tmpdir(), 'helpdesk-build-'));
const withoutOut = mkdtempSync(path.join(tmpdir(), 'helpdesk-build-bare-'));
const bareSite = siteWithoutLiveComponents();
try {
  build(root, withOut);
  build(bareSite, withoutOut);
  const withScripts = await firstLoadScripts(withOut, '/helpdesk/contact', BASE_PORT + 1);
  const withoutScripts = await firstLoadScripts(withoutOut, '/helpdesk/contact', BASE_PORT + 2);
  const total = (/** @type {{gzip: number}[]} */ scripts) => scripts.reduce((sum, script) => sum + script.gzip, 0);
  const added = total(withScripts) - total(withoutScripts);
  const cls = await measureCls(withOut);
  const maxCls = Math.max(...cls.map((row) => row.cls));
  const report = [
    '# Live status budget — /helpdesk/contact (zh-Hans)',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench:live\`.`,
    '',
    '| build | first-load JS (gzip) |',
    '| --- | --- |',
    `| with ReachNow + ChannelTable (live badges, QR codes) | ${kib(total(withScripts))} KiB |`,
    `| same page without them | ${kib(total(withoutScripts))} KiB |`,
    `| **added** | **${kib(added)} KiB** (budget 3 KiB: ${added <= 3 * 1024 ? 'within' : 'OVER'}) |`,
    '',
    'Scripts of the page with the components:',
    '',
    ...withScripts.map((script) => `- \`${script.src}\` ${kib(script.gzip)} KiB`),
    '',
    'Scripts of the page without them:',
    '',
    ...withoutScripts.map((script) => `- \`${script.src}\` ${kib(script.gzip)} KiB`),
    '',
    '## Cumulative layout shift while the status goes live (one minute of refreshes)',
    '',
    '| viewport | instant | CLS |',
    '| --- | --- | --- |',
    ...cls.map((row) => `| ${row.label} | ${row.instant} | ${row.cls.toFixed(4)} |`),
    '',
    `Largest CLS: ${maxCls.toFixed(4)} (budget 0).`,
    '',
  ].join('\n');
  writeFileSync(path.join(root, 'bench/results/live-status.md'), report);
  console.log(report);
} finally {
  for (const dir of [withOut, withoutOut, bareSite]) {
    rmSync(dir, {recursive: true, force: true});
  }
}
