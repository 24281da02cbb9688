/**
 * Replaces Docusaurus' client entry with clientEntry.tsx, which evaluates the
 * same modules in several short tasks instead of one long one (a phone's main
 * thread stays free to answer a tap between them). The entry is the file
 * @docusaurus/core's client webpack config names; an alias on its absolute path
 * swaps it, as trim-bundle swaps the Prism client module.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** The entry @docusaurus/core/lib/webpack/client.js gives the client bundle. */
const DOCUSAURUS_CLIENT_ENTRY = path.join(
  path.dirname(require.resolve('@docusaurus/core/package.json')),
  'lib/client/clientEntry.js',
);

export default function stagedEntryPlugin(): Plugin<unknown> {
  return {
    name: 'staged-entry',
    configureWebpack(_config, isServer) {
      return isServer ? {} : {resolve: {alias: {[DOCUSAURUS_CLIENT_ENTRY]: path.join(__dirname, 'clientEntry.tsx')}}};
    },
  };
}
