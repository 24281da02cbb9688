/**
 * Keeps code out of pages that never run it.
 *
 * - The classic theme loads Prism on every page (a client module that registers
 *   syntax languages) although the site has no code blocks (see
 *   src/theme/MDXComponents).
 * - Docusaurus moves any module used by half the routes into one `common` chunk
 *   that every page loads. The site's own components cross that line by a single
 *   page: the live badges are used by four pages (landing, overview, contact, and
 *   the scope page's finder), so the FAQ and on-demand pages downloaded the live
 *   status and the holiday calendar's code too. Modules under src/ stay with the
 *   pages that import them; Docusaurus' own shared code keeps the common chunk.
 * - Sentences written in code in both languages (src/lib/wordsLocale.ts): each
 *   locale's bundle knows its locale, so the minifier drops the other language.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {BUILD_LOCALE_VARIABLE} from '../../src/lib/words/wordsLocale';

const require = createRequire(import.meta.url);

/** The theme's client module that imports Prism for code blocks. */
const PRISM_CLIENT_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  'lib/prism-include-languages.js',
);

export default function trimBundlePlugin(context: LoadContext): Plugin<unknown> {
  const siteSource = path.join(context.siteDir, 'src');
  return {
    name: 'trim-bundle',
    configureWebpack(_config, isServer, {currentBundler}) {
      return {
        resolve: {alias: {[PRISM_CLIENT_MODULE]: false}},
        plugins: [
          new currentBundler.instance.DefinePlugin({
            [`process.env.${BUILD_LOCALE_VARIABLE}`]: JSON.stringify(context.i18n.currentLocale),
          }),
        ],
        // Merged into Docusaurus' own cache group (core/lib/webpack/base.js); the server bundle has no chunks to split.
        ...(!isServer && {
          optimization: {
            splitChunks: {
              cacheGroups: {
                // Unnamed (Docusaurus sets `name: false`): one chunk per set of pages that share the modules.
                // A string test matches the modules whose path starts with it.
                // minSize 5000 (bytes before minifying), not the bundler's 20000: smaller shared sets would be copied
                // into every page that uses them, and each linked page's prefetch would carry its own copy
                // (measured: the contact page's total with prefetches went over its 200 KiB budget).
                siteCode: {test: siteSource + path.sep, minChunks: 2, minSize: 5000, priority: 45, reuseExistingChunk: true},
              },
            },
          },
        }),
      };
    },
  };
}
