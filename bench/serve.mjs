// @ts-check
/**
 * Serving every measured build the same way: behind `npm run serve:nginx`
 * (scripts/serve-nginx.mjs: Debian's nginx, the shipped deploy/nginx configuration,
 * brotli where its modules are installed), or, with `--server node`, behind
 * `scripts/serve.mjs --production` (gzip on the fly).
 *
 * serve-nginx.mjs serves one build at a time: it reads the response headers (the CSP
 * with the hashes of the build's inline scripts) from deploy/nginx/generated/, and
 * refuses a build they were not generated from. Each build here gets a scratch copy of
 * the repo's layout instead — symbolic links to the unchanged script, the
 * configuration and the modules they load, and the headers generated from that build
 * by deploy/headers.cjs — and the script runs from there with Node's
 * --preserve-symlinks, so that it finds that build's headers. The base build and the
 * default Docusaurus site are thus served by this tree's configuration, each under a
 * CSP that allows its own inline scripts.
 */
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import headers from '../deploy/headers.cjs';
import nginx from '../tools/nginx.cjs';
import {serveBuild, startServer} from '../tools/server.mjs';
import {root} from './builds.mjs';

/** @typedef {'nginx' | 'node'} ServerKind */

/** The files serve-nginx.mjs loads, and the configuration it includes (deploy/nginx/generated/ is written per build). */
const LINKED = [
  'scripts/serve-nginx.mjs',
  'deploy/headers.cjs',
  'deploy/nginx/helpdesk.conf',
  'deploy/nginx/brotli.conf',
  'tools/nginx.cjs',
  'tools/files.cjs',
];

/**
 * How the report describes the server.
 * @param {ServerKind} kind
 * @returns {string}
 */
export function describeServer(kind) {
  return kind === 'nginx'
    ? `\`npm run serve:nginx\` (scripts/serve-nginx.mjs, nginx with the shipped deploy/nginx configuration, ${nginx.hasBrotli() ? 'brotli and gzip' : 'gzip only: no brotli module installed'}), each build under the headers generated from it (its own CSP)`
    : '`scripts/serve.mjs --production` (gzip on the fly, the caching of deploy/nginx)';
}

/**
 * Serves `dir` on 127.0.0.1:`port` with scripts/serve-nginx.mjs and headers generated from `dir`.
 * @param {string} dir
 * @param {number} port
 * @returns {Promise<import('../tools/server.mjs').RunningServer>}
 */
async function serveWithNginx(dir, port) {
  const shadow = mkdtempSync(path.join(tmpdir(), 'helpdesk-bench-nginx-'));
  for (const file of LINKED) {
    mkdirSync(path.dirname(path.join(shadow, file)), {recursive: true});
    symlinkSync(path.join(root, file), path.join(shadow, file));
  }
  // The nginx includes in the scratch layout, and the build's _headers (which the script checks too).
  for (const [file, content] of headers.generatedFiles(dir, path.join(shadow, 'deploy/nginx/generated'))) {
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, content);
  }
  const script = path.join(shadow, 'scripts/serve-nginx.mjs');
  try {
    const server = await startServer(
      process.execPath,
      ['--preserve-symlinks', '--preserve-symlinks-main', script, '--dir', dir, '--port', String(port)],
      port,
    );
    return {
      origin: server.origin,
      close: async () => {
        await server.close();
        rmSync(shadow, {recursive: true, force: true});
      },
    };
  } catch (error) {
    rmSync(shadow, {recursive: true, force: true});
    throw error;
  }
}

/**
 * Serves a build on 127.0.0.1:`port`.
 * @param {ServerKind} kind
 * @param {string} dir
 * @param {number} port
 */
export function serve(kind, dir, port) {
  return kind === 'nginx' ? serveWithNginx(dir, port) : serveBuild(dir, port, {production: true});
}
