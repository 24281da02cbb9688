/**
 * Keeps code this site never runs out of every page's JavaScript: the classic
 * theme loads Prism on every page (a client module that registers syntax
 * languages) although the site has no code blocks (see src/theme/MDXComponents).
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** The theme's client module that imports Prism for code blocks. */
const PRISM_CLIENT_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  'lib/prism-include-languages.js',
);

export default function trimBundlePlugin(): Plugin<unknown> {
  return {
    name: 'trim-bundle',
    configureWebpack() {
      return {resolve: {alias: {[PRISM_CLIENT_MODULE]: false}}};
    },
  };
}
