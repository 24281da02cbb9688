/**
 * First-load weight of a built page: every same-origin file the browser fetches
 * to show and hydrate the page without any interaction (the runtime loads route
 * chunks itself, so the HTML alone does not list them), with its gzip size.
 * Bytes are deterministic, so tests may hold them to a budget.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Page} from '@playwright/test';
import {BUILD_DIR, fileForUrlPath} from './builtSite';
import {waitForHydration} from './support';

const KIB = 1024;

/** The budgets of issue 6, in KiB of gzip (level 9, as the build precompresses for the server). */
export const BUDGET_KIB = {
  /** First-load JavaScript of /helpdesk/contact, the heaviest page, in each locale. */
  contactJs: 160,
  /** Everything a page loads first (HTML, CSS, JS, images, fonts, idle prefetches), every page in each locale. */
  total: 200,
} as const;

export interface LoadedFile {
  path: string;
  /** Playwright's resource type: document, stylesheet, script, image, font… */
  type: string;
  gzipBytes: number;
}

export interface FirstLoad {
  /** What the page itself needs, fetched as the page loads. */
  files: LoadedFile[];
  /**
   * Chunks of linked pages that Docusaurus prefetches (`<link rel=prefetch>`)
   * at idle priority so that the next click is instant; not part of this page.
   */
  prefetched: LoadedFile[];
}

export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, {level: 9}).length;
}

export function kib(bytes: number): number {
  return Math.round((bytes / KIB) * 10) / 10;
}

function loadedFile(urlPath: string, requestPath: string, type: string): LoadedFile {
  const file = fileForUrlPath(requestPath);
  if (!file) {
    throw new Error(`${urlPath} requested ${requestPath}, which is not in the build`);
  }
  return {path: requestPath, type, gzipBytes: gzipSize(readFileSync(path.join(BUILD_DIR, file)))};
}

/**
 * Opens `urlPath` (relative to the test's baseURL) and lists the build files
 * fetched until the network is idle after hydration. A file that is both
 * prefetched and loaded for real counts once, as loaded.
 */
export async function firstLoad(page: Page, urlPath: string): Promise<FirstLoad> {
  const loaded = new Map<string, string>();
  const prefetched = new Set<string>();
  let origin: string | undefined;
  page.on('request', (request) => {
    const url = new URL(request.url());
    origin ??= url.origin;
    if (url.origin !== origin) {
      return;
    }
    if ((request.headers()['sec-purpose'] ?? '').includes('prefetch')) {
      prefetched.add(url.pathname);
    } else if (!loaded.has(url.pathname)) {
      loaded.set(url.pathname, request.resourceType());
    }
  });
  await page.goto(urlPath, {waitUntil: 'networkidle'});
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  return {
    files: [...loaded].map(([requestPath, type]) => loadedFile(urlPath, requestPath, type)),
    prefetched: [...prefetched].filter((requestPath) => !loaded.has(requestPath)).map((requestPath) => loadedFile(urlPath, requestPath, 'prefetch')),
  };
}

export function sum(files: readonly LoadedFile[], type?: string): number {
  return files.filter((file) => !type || file.type === type).reduce((total, file) => total + file.gzipBytes, 0);
}
