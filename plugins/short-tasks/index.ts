/**
 * Keeps the main thread's tasks short on a phone by replacing two of
 * Docusaurus' client modules with versions that yield (each file says what it
 * replaces and why):
 *
 * - clientEntry.tsx: the client entry, evaluated in steps, one task each, and
 *   the route prefetches of visible links spread one route per task;
 * - useWindowSize.ts: the first reading of the window's size as a transition.
 *
 * Each replacement is an alias on the absolute path of the file Docusaurus
 * resolves (the entry named by @docusaurus/core/lib/webpack/client.js, the
 * window-size hook imported relatively inside theme-common), as trim-bundle swaps the
 * Prism client module. An upgrade that moves one of those files would leave its
 * alias matching nothing, so the build stops instead.
 */
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** Core's client folder (core has no main module; its package.json resolves). */
const CORE_CLIENT = path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'lib/client');
/** theme-common's lib folder, where its main module lives (it exports no package.json). */
const THEME_COMMON_LIB = path.dirname(require.resolve('@docusaurus/theme-common'));

/** Docusaurus' file → the replacement in this folder. */
const REPLACEMENTS = {
  [path.join(CORE_CLIENT, 'clientEntry.js')]: 'clientEntry.tsx',
  [path.join(THEME_COMMON_LIB, 'hooks/useWindowSize.js')]: 'useWindowSize.ts',
};

export default function shortTasksPlugin(): Plugin<unknown> {
  const missing = Object.keys(REPLACEMENTS).filter((original) => !existsSync(original));
  if (missing.length > 0) {
    throw new Error(
      `short-tasks: Docusaurus no longer has ${missing.join(', ')}; compare its client code with plugins/short-tasks/ and update the replacements.`,
    );
  }
  return {
    name: 'short-tasks',
    configureWebpack(_config, isServer) {
      return isServer
        ? {}
        : {
            resolve: {
              alias: Object.fromEntries(
                Object.entries(REPLACEMENTS).map(([original, file]) => [original, path.join(__dirname, file)]),
              ),
            },
          };
    },
  };
}
