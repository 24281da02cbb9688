/**
 * What the paint-first tests (tests/e2e and tests/nginx) observe in the
 * browser: when the bundle ran, compared with the first contentful paint.
 */
import type {Page} from '@playwright/test';

interface Recorded {
  __bundleRanAt?: number;
}

/** Records when the bundle starts running: Docusaurus' entry sets window.docusaurus first thing. */
export async function recordBundleStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'docusaurus', {
      configurable: true,
      get: () => undefined,
      set(value: unknown) {
        (window as Recorded).__bundleRanAt = performance.now();
        Object.defineProperty(window, 'docusaurus', {value, writable: true, configurable: true});
      },
    });
  });
}

/** performance.now() when the bundle ran and the first contentful paint's time; null for what did not happen. */
export async function bundleAndPaint(page: Page): Promise<{bundleRanAt: number | null; firstContentfulPaint: number | null}> {
  return page.evaluate(() => ({
    bundleRanAt: (window as Recorded).__bundleRanAt ?? null,
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));
}
