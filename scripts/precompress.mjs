#!/usr/bin/env node
// @ts-check
/**
 * Runs after every build (the `build` npm script): writes `<file>.gz` (gzip 9)
 * and `<file>.br` (brotli 11) beside every text file of build/, so that nginx
 * sends them as they are (gzip_static, brotli_static) instead of compressing
 * the same bytes again on every request — on-the-fly brotli of the 550 KB main
 * bundle capped nginx at about 80 requests/s in bench/results/load.md.
 *
 * Usage: node scripts/precompress.mjs [--dir build]
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {filesUnder} from '../tools/files.cjs';

/** Text files worth compressing; images other than SVG are compressed already. */
const TEXT = /\.(?:html|js|css|json|svg|xml|txt|webmanifest|ics)$/;
/** Below this, compression saves less than the header it needs (as gzip_min_length in helpdesk.conf). */
const MIN_BYTES = 512;

const {values} = parseArgs({options: {dir: {type: 'string', default: 'build'}}});
const buildDir = path.resolve(values.dir);

let originalBytes = 0;
let gzipBytes = 0;
let brotliBytes = 0;
let count = 0;
for (const file of filesUnder(buildDir, (name) => TEXT.test(name))) {
  const content = readFileSync(file);
  if (content.length < MIN_BYTES) {
    continue;
  }
  const gzip = gzipSync(content, {level: 9});
  const brotli = brotliCompressSync(content, {
    params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length},
  });
  writeFileSync(`${file}.gz`, gzip);
  writeFileSync(`${file}.br`, brotli);
  originalBytes += content.length;
  gzipBytes += gzip.length;
  brotliBytes += brotli.length;
  count += 1;
}
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`precompress: ${count} files, ${kib(originalBytes)} → gzip ${kib(gzipBytes)}, brotli ${kib(brotliBytes)}`);
