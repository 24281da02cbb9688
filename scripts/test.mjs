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
import {stripVTControlCharacters} from 'node:util';

/**
 * Passes and failures of one suite; `failures` names each failed test with the
 * first line of its error, so that the summary (the part of a CI log anyone
 * reads) says what broke. Playwright runs without retries: a test that fails once fails.
 * @typedef {{passed: number, failed: number, failures?: string[]}} Counts
 */

/** @type {({name: string} & Counts)[]} */
const results = [];

/** @param {unknown} message */
const firstLine = (message) =>
  stripVTControlCharacters(String(message ?? ''))
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';

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
  /** @param {{numPassedTests: number, numFailedTests: number, testResults: {name: string, assertionResults: {status: string, fullName: string, failureMessages: string[]}[]}[]}} report */
  (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    failures: report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => test.status === 'failed')
        .map(
          (test) => `${file.name.replace(`${process.cwd()}/`, '')} ${test.fullName} — ${firstLine(test.failureMessages[0])}`,
        ),
    ),
  }),
);
/**
 * @typedef {{title: string, file: string, line: number, tests: {status: string, results: {errors: {message?: string}[]}[]}[]}} PlaywrightSpec
 * @typedef {{title: string, specs?: PlaywrightSpec[], suites?: PlaywrightSuite[]}} PlaywrightSuite
 */
/**
 * @param {PlaywrightSuite[]} suites
 * @param {string[]} titles
 * @returns {{title: string, spec: PlaywrightSpec}[]}
 */
const playwrightSpecs = (suites, titles = []) =>
  suites.flatMap((suite) => {
    // The file's own suite is named after the file, which the spec's location already gives.
    const path = titles.length === 0 ? [] : [...titles, suite.title];
    return [
      ...(suite.specs ?? []).map((spec) => ({title: [...path, spec.title].join(' › '), spec})),
      ...playwrightSpecs(suite.suites ?? [], titles.length === 0 ? [''] : path),
    ];
  });
/** @param {{stats: {expected: number, unexpected: number}, suites: PlaywrightSuite[]}} report */
const playwrightCounts = (report) => ({
  passed: report.stats.expected,
  failed: report.stats.unexpected,
  failures: playwrightSpecs(report.suites).flatMap(({title, spec}) =>
    spec.tests
      .filter((test) => test.status === 'unexpected')
      .map((test) => {
        const error = test.results.flatMap((result) => result.errors)[0];
        return `${spec.file}:${spec.line} ${title.replace(/^ › /, '')}${error ? ` — ${firstLine(error.message)}` : ''}`;
      }),
  ),
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
  for (const failure of result.failures ?? []) {
    console.log(`  failed: ${failure}`);
  }
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
