// @ts-check
/**
 * Starting a local server and waiting until it answers: the benchmarks, the
 * screenshots and anything else that serves the build outside Playwright
 * (whose configs start their own through `webServer`).
 */
import {spawn} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Why a fetch failed, in words: Node's fetch says only "fetch failed" and puts the
 * reason (ECONNREFUSED, "bad port", …) in `cause`.
 * @param {unknown} error
 * @returns {string}
 */
function reason(error) {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const cause = /** @type {{code?: string, message?: string} | undefined} */ (error.cause);
  return cause ? (cause.code ?? cause.message ?? error.message) : error.message;
}

/**
 * Resolves once `url` answers 2xx; a started server takes a moment to listen.
 * Fails at once when `server` (the process serving it) exits or the port is one
 * that fetch refuses to use (the Fetch standard's "bad ports", 4190 among them).
 * @param {string} url
 * @param {{server?: import('node:child_process').ChildProcess, timeoutMs?: number}} [options]
 */
export async function waitForServer(url, {server, timeoutMs = 20_000} = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) {
      throw new Error(`the server for ${url} exited with code ${server.exitCode} before answering`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
      last = `status ${response.status}`;
    } catch (error) {
      last = reason(error);
      if (last === 'bad port') {
        throw new Error(`fetch refuses the port of ${url} (a "bad port" of the Fetch standard); choose another port`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (last: ${last})`);
}

/**
 * @typedef {object} RunningServer
 * @property {string} origin `http://127.0.0.1:<port>`
 * @property {() => Promise<void>} close stops the server and resolves once it has exited
 */

/**
 * Starts `command` (which must listen on 127.0.0.1:`port`) and resolves once `/` answers.
 * @param {string} command
 * @param {string[]} args
 * @param {number} port
 * @returns {Promise<RunningServer>}
 */
export async function startServer(command, args, port) {
  const server = spawn(command, args, {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await waitForServer(`${origin}/`, {server});
  } catch (error) {
    await close();
    throw error;
  }
  return {origin, close};
}

/**
 * Serves the build in `outDir` on `port` with scripts/serve.mjs (`production`:
 * compressed, as visitors get it).
 * @param {string} outDir
 * @param {number} port
 * @param {{production?: boolean}} [options]
 */
export function serveBuild(outDir, port, {production = false} = {}) {
  const args = [path.join(root, 'scripts/serve.mjs'), '--dir', outDir, '--port', String(port)];
  return startServer(process.execPath, production ? [...args, '--production'] : args, port);
}

/**
 * Serves the build in `outDir` on `port` with Debian's nginx and the shipped configuration.
 * @param {string} outDir
 * @param {number} port
 */
export function serveBuildWithNginx(outDir, port) {
  return startServer(
    process.execPath,
    [path.join(root, 'scripts/serve-nginx.mjs'), '--dir', outDir, '--port', String(port)],
    port,
  );
}
