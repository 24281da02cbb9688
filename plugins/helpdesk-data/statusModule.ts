/**
 * /support-status.js, the embeddable status element (src/embed/supportStatus.ts),
 * bundled with esbuild at build time into one small ES module: the site's own
 * time model and words inlined, nothing loaded but the policy file.
 */
import path from 'node:path';
import {build} from 'esbuild';
import {BUILD_LOCALE_VARIABLE} from '../../src/lib/words/wordsLocale';
/** Its source, relative to the site's folder. */
export const STATUS_MODULE_ENTRY = 'src/embed/supportStatus.ts';
/** Its budget, gzip (tested in statusModule.test.ts). */
export const STATUS_MODULE_BUDGET_BYTES = 6 * 1024;

/** The module's text: minified, ES2020, UTF-8 (module scripts are always read as UTF-8). */
export async function bundleStatusModule(siteDir: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(siteDir, STATUS_MODULE_ENTRY)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    // The site's sentences in both languages choose by their argument here (src/lib/words/wordsLocale.ts):
    // the element holds both languages and its `lang` attribute picks one.
    define: {[`process.env.${BUILD_LOCALE_VARIABLE}`]: 'undefined'},
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output || result.outputFiles.length !== 1) {
    throw new Error(`esbuild wrote ${result.outputFiles.length} files for ${STATUS_MODULE_ENTRY}, expected one`);
  }
  return output.text;
}
