import {defineConfig} from '@playwright/test';
import base, {REUSE_SERVER} from './playwright.config';

const PORT = Number(process.env.NGINX_PORT ?? 8280);

/**
 * The nginx suite: the same browser and options as the main suite, against
 * Debian's nginx running the shipped configuration (deploy/nginx/) on loopback.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/nginx',
  reporter: [['list'], ['json', {outputFile: 'test-results/nginx.json'}]],
  use: {...base.use, baseURL: `http://127.0.0.1:${PORT}`},
  webServer: {
    command: `node scripts/serve-nginx.mjs --dir build --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: REUSE_SERVER,
    timeout: 30_000,
    // A signal instead of SIGKILL, so that serve-nginx stops nginx and removes its scratch folder.
    gracefulShutdown: {signal: 'SIGTERM', timeout: 5_000},
  },
});
