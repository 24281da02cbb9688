#!/usr/bin/env node
// @ts-check
/**
 * The whole test run, as the README and CI give it: type check, lint (ESLint and
 * Prettier), unit tests,
 * production build (`npm run build`: it fails on broken links, anchors and
 * invalid data, and generates the response headers with the CSP of this
 * build), browser tests on the built site, then the nginx suite against
 * Debian's nginx with the shipped configuration. Ends with one line
 * "N passed, N failed" summing every suite.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';

/** @typedef {{passed: number, failed: number}} Counts */

/** @type {({name: string} & Counts)[]} */
const results = [];

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 */
function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const {status} = spawnSync(command, args, {stdio: 'inherit', shell: false});
  return status === 0;
}

/**
 * A step without its own test counts (type check, build) counts as one test.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 */
function step(name, command, args) {
  const ok = run(name, command, args);
  results.push({name, passed: ok ? 1 : 0, failed: ok ? 0 : 1});
  return ok;
}

/**
 * A test runner that writes a JSON report, and how to count passes and failures in it.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {string} reportFile
 * @param {(report: any) => Counts} count
 */
function suite(name, command, args, reportFile, count) {
  rmSync(reportFile, {force: true});
  const ok = run(name, command, args);
  let counts;
  try {
    counts = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch (error) {
    console.error(`${name}: no readable report at ${reportFile} (${error instanceof Error ? error.message : error})`);
    counts = {passed: 0, failed: 1};
  }
  // A runner that failed without a failed test (a crash, a config error) still fails the run.
  if (!ok && counts.failed === 0) {
    counts.failed = 1;
  }
  if (counts.passed + counts.failed === 0) {
    console.error(`${name}: ran no test`);
    counts.failed = 1;
  }
  results.push({name, ...counts});
}

const npx = 'npx';

step('typecheck', npx, ['tsc']);
step('lint', 'npm', ['run', 'lint']);
suite(
  'unit',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
  }),
);
/** @param {{stats: {expected: number, flaky: number, unexpected: number}}} report */
const playwrightCounts = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
});
if (step('build', 'npm', ['run', 'build'])) {
  suite('e2e', npx, ['playwright', 'test'], 'test-results/e2e.json', playwrightCounts);
  suite(
    'nginx',
    npx,
    ['playwright', 'test', '--config', 'playwright.nginx.config.ts'],
    'test-results/nginx.json',
    playwrightCounts,
  );
} else {
  console.error('e2e, nginx: skipped because the build failed');
  results.push({name: 'e2e', passed: 0, failed: 1}, {name: 'nginx', passed: 0, failed: 1});
}

console.log('\n=== summary');
for (const result of results) {
  console.log(`${result.name}: ${result.passed} passed, ${result.failed} failed`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
