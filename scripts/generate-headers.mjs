#!/usr/bin/env node
// @ts-check
/**
 * Runs after every `docusaurus build` (the `build` npm script): hashes the
 * inline scripts and style attributes of every built HTML file, in every
 * locale, and writes the response headers for nginx (deploy/nginx/generated/)
 * and for static hosts (build/_headers) from deploy/headers.cjs.
 *
 * Usage: node scripts/generate-headers.mjs [--dir build]
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {generatedFiles, inlineHashes} from '../deploy/headers.cjs';

const {values} = parseArgs({options: {dir: {type: 'string', default: 'build'}}});
const buildDir = path.resolve(values.dir);
if (!existsSync(path.join(buildDir, 'index.html'))) {
  console.error(`generate-headers: ${buildDir} holds no built site; run \`npm run build\`.`);
  process.exit(1);
}

for (const [file, content] of generatedFiles(buildDir)) {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, content);
  console.log(`generate-headers: wrote ${path.relative(process.cwd(), file)}`);
}
const {scripts, styleAttributes} = inlineHashes(buildDir);
console.log(
  `generate-headers: CSP allows ${scripts.length} inline script hash(es), ${styleAttributes.length} style attribute hash(es)`,
);
