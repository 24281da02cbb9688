import {defineConfig, devices} from '@playwright/test';
import {LAUNCH_OPTIONS} from './tools/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Playwright reuses a server already listening on the port only when asked
 * (REUSE_SERVER=1): otherwise a stranger's server, or a stale build's, would be
 * tested instead of this one; a busy port then fails the run instead.
 */
export const REUSE_SERVER = process.env.REUSE_SERVER === '1';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', {outputFile: 'test-results/e2e.json'}]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: LAUNCH_OPTIONS,
  },
  webServer: {
    // The production-like server: clean URLs, a 404 page per locale, the caching of deploy/nginx.
    command: `node scripts/serve.mjs --dir build --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: REUSE_SERVER,
    timeout: 30_000,
  },
});
