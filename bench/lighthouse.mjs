#!/usr/bin/env node
// @ts-check
/**
 * Benchmark (not a test): this build against a base ref and against a default
 * Docusaurus site, in one run, as a phone would pay.
 *
 * Builds this tree (`npm run build`, unless --skip-build), the base ref in a temporary
 * git worktree and the anchor, a default `create-docusaurus` classic site (both cached:
 * bench/builds.mjs); serves the three the same way (bench/serve.mjs); and runs
 * Lighthouse's performance category on each page, build after build, round after round,
 * so that all meet the same load (bench/lighthouseRuns.mjs); each round ends with a CPU
 * profile of the contact page's hydration (bench/hydration.mjs). Chromium runs with
 * BENCH_CHROMIUM_FLAGS (tools/chromium.mjs). The machine may be shared: the load
 * average and Lighthouse's benchmark index are recorded for every run.
 *
 * Writes bench/results/lighthouse.md (bench/report.mjs) after every round.
 *
 * Usage: npm run bench -- [--base REF | --compare-dir DIR [--compare-label LABEL]] [--runs 5]
 *   [--pages /,/en/] [--form-factors mobile,desktop] [--server nginx|node] [--port 8580] [--skip-build]
 */
import {writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {BENCH_CHROMIUM_FLAGS} from '../tools/chromium.mjs';
import {anchorBuild, baseBuild, installedVersion, otherBuild, root, thisBuild} from './builds.mjs';
import {PROFILED_PAGE, profileHydrations} from './hydration.mjs';
import {FORM_FACTORS, chromeVersion, launchChrome, runLighthouse} from './lighthouseRuns.mjs';
import {report} from './report.mjs';
import {describeServer, serve} from './serve.mjs';

/** The pages the performance bar covers (ARCHITECTURE.md, Performance tricks). */
const DEFAULT_PAGES = ['/', '/helpdesk/contact', '/en/', '/helpdesk/scope', '/helpdesk/faq', '/en/helpdesk/faq'];
/** A locale's home is measured beside the default site's home, every other page beside its first doc. */
const anchorPage = (/** @type {string} */ page) => (page === '/' || page === '/en/' ? '/' : '/docs/intro');

const {values} = parseArgs({
  options: {
    base: {type: 'string'},
    'compare-dir': {type: 'string'},
    'compare-label': {type: 'string', default: 'compared build'},
    runs: {type: 'string', default: '5'},
    pages: {type: 'string'},
    'form-factors': {type: 'string', default: 'mobile'},
    server: {type: 'string', default: 'nginx'},
    port: {type: 'string', default: '8580'},
    'skip-build': {type: 'boolean', default: false},
  },
});
const RUNS = Number(values.runs);
const formFactors = values['form-factors'].split(',');
const server = values.server;
if (
  !(RUNS >= 1) ||
  formFactors.some((name) => !(name in FORM_FACTORS)) ||
  (server !== 'nginx' && server !== 'node') ||
  (values.base && values['compare-dir'])
) {
  throw new Error(
    'usage: npm run bench -- [--base REF | --compare-dir DIR] [--runs N (>= 1)] [--form-factors mobile,desktop] [--server nginx|node]',
  );
}
const pages = values.pages ? values.pages.split(',') : DEFAULT_PAGES;
const REPORT = path.join(root, 'bench/results/lighthouse.md');
const loadNow = () => /** @type {number} */ (os.loadavg()[0]);

const startLoad = loadNow();
const builds = [
  thisBuild(values['skip-build']),
  ...(values.base ? [baseBuild(values.base)] : []),
  ...(values['compare-dir'] ? [otherBuild(values['compare-dir'], values['compare-label'])] : []),
  anchorBuild(),
];
const versions = {
  docusaurus: installedVersion('@docusaurus/core'),
  lighthouse: installedVersion('lighthouse'),
  chromium: chromeVersion(),
};

/** @type {import('../tools/server.mjs').RunningServer[]} */
const servers = [];
const closeServers = () => Promise.all(servers.map((running) => running.close()));
// Interrupted: stop the servers (nginx would outlive the benchmark), then exit.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => closeServers().finally(() => process.exit(130)));
}
const chrome = await launchChrome();
try {
  for (const [index, build] of builds.entries()) {
    const running = await serve(server, build.dir, Number(values.port) + index);
    servers.push(running);
    build.origin = running.origin;
  }
  /** @type {import('./report.mjs').LighthouseRun[]} */
  const runs = [];
  /** @type {import('./report.mjs').ProfileRun[]} */
  const profiles = [];
  const sites = builds.filter((build) => !build.anchor);
  for (let round = 1; round <= RUNS; round += 1) {
    for (const formFactor of formFactors) {
      /** @type {Set<string>} */
      const anchorDone = new Set();
      for (const page of pages) {
        for (const build of builds) {
          const pagePath = build.anchor ? anchorPage(page) : page;
          if (build.anchor && anchorDone.has(pagePath)) {
            continue;
          }
          if (build.anchor) {
            anchorDone.add(pagePath);
          }
          const load = loadNow();
          const run = {
            page: pagePath,
            build: build.label,
            formFactor,
            load,
            ...(await runLighthouse(chrome.port, `${build.origin}${pagePath}`, formFactor)),
          };
          console.log(
            `round ${round} ${formFactor} ${pagePath} ${build.label}: performance ${run.performance}, TBT ${run.tbt.toFixed(0)} ms (load ${load.toFixed(1)})`,
          );
          runs.push(run);
        }
      }
    }
    const load = loadNow();
    const profiled = await profileHydrations(
      chrome.port,
      sites.map((build) => /** @type {string} */ (build.origin)),
    );
    profiled.forEach((profile, index) => {
      const build = /** @type {import('./builds.mjs').Build} */ (sites[index]);
      profiles.push({build: build.label, load, ...profile});
      console.log(`round ${round} hydration of ${PROFILED_PAGE}, ${build.label}: JS ${profile.scriptMs.toFixed(0)} ms`);
    });
    // After every round, so that an interrupted benchmark still leaves its medians so far.
    writeFileSync(
      REPORT,
      report({
        builds,
        pages,
        anchorPage,
        formFactors,
        rounds: round,
        plannedRounds: RUNS,
        runs,
        profiles,
        versions,
        chromeFlags: BENCH_CHROMIUM_FLAGS,
        server: describeServer(server),
        startLoad,
      }),
    );
    console.log(`wrote ${path.relative(root, REPORT)} (${round} of ${RUNS} rounds)`);
  }
} finally {
  chrome.kill();
  await closeServers();
}
