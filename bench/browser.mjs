/**
 * What the benchmarks share: the Chromium they drive and the production-like
 * server (scripts/serve.mjs) they point it at.
 */
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');

/** Debian's Chromium where installed; undefined elsewhere (then Playwright's or chrome-launcher's own). */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));

/** The flags this machine's Chromium needs (as in playwright.config.ts). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Debian's Chromium where installed, Playwright's own elsewhere (as playwright.config.ts does). */
export function launchBrowser() {
  return chromium.launch({executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS});
}

/** Resolves once `url` answers 2xx; a started server takes a moment to listen. */
export async function waitForServer(url) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no server at ${url}`);
}

/** Serves the build in `outDir` on `port`; resolves with its origin once it answers. */
export async function serveBuild(outDir, port) {
  const server = spawn('node', [path.join(root, 'scripts/serve.mjs'), '--dir', outDir, '--port', String(port)], {stdio: 'ignore'});
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch (error) {
      if (attempt === 50 || server.exitCode !== null) {
        server.kill();
        throw new Error(`scripts/serve.mjs did not answer on port ${port}`, {cause: error});
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {origin, close: () => server.kill()};
}
