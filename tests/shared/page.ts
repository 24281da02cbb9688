/**
 * Browser helpers both suites use: the hydration wait, a console/network
 * problem collector, CSP violation recording, live states, the language switch
 * and the navbar search.
 */
import {expect, type Page, type Request, type Response} from '@playwright/test';
import type {Locale} from './site';

/** What the FAQ's live region announces after a copy-link button copied. */
export const COPY_LINK_ANNOUNCEMENT: Record<Locale, string> = {'zh-Hans': '链接已复制', en: 'Link copied'};

/** Resolves once React has hydrated the page (Docusaurus sets `<html data-has-hydrated="true">`). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** Messages that show a server/client mismatch, whatever their console level. */
export const HYDRATION_PROBLEM = /hydrat|did not match|Minified React error #418|#423|#425/i;

export interface Problem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'response';
  text: string;
}

/**
 * Records everything that should never happen on a page: console errors and
 * warnings, uncaught exceptions, and failed or >= 400 requests to `origin`.
 * Console messages of any level that look like hydration problems count too.
 */
export function collectProblems(page: Page, origin: string): {problems: Problem[]; all: string[]} {
  const problems: Problem[] = [];
  const all: string[] = [];
  const sameOrigin = (url: string) => {
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  page.on('console', (message) => {
    const text = `[${message.type()}] ${message.text()}`;
    all.push(text);
    if (message.type() === 'error' || message.type() === 'warning' || HYDRATION_PROBLEM.test(message.text())) {
      problems.push({kind: 'console', text});
    }
  });
  page.on('pageerror', (error) => {
    all.push(`[pageerror] ${error.message}`);
    problems.push({kind: 'pageerror', text: `${error.name}: ${error.message}`});
  });
  page.on('requestfailed', (request: Request) => {
    if (sameOrigin(request.url())) {
      problems.push({kind: 'requestfailed', text: `${request.url()}: ${request.failure()?.errorText ?? 'failed'}`});
    }
  });
  page.on('response', (response: Response) => {
    if (sameOrigin(response.url()) && response.status() >= 400) {
      problems.push({kind: 'response', text: `${response.status()} ${response.url()}`});
    }
  });
  return {problems, all};
}

/** The live states rendered on the page, per channel id (every element of that channel). */
export async function renderedStates(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const states: Record<string, string[]> = {};
    for (const element of document.querySelectorAll<HTMLElement>('[data-channel-status]')) {
      const id = element.dataset.channelStatus ?? '';
      (states[id] ??= []).push(element.dataset.state ?? '');
    }
    return states;
  });
}

/** Switches the site's language with the navbar's locale dropdown, as a visitor does. */
export async function switchLanguage(page: Page, label: string): Promise<void> {
  const dropdown = page.locator('.navbar .dropdown').filter({has: page.locator('a[lang]')});
  await dropdown.hover();
  const link = dropdown.getByRole('link', {name: label, exact: true});
  await expect(link).toBeVisible();
  await link.click();
}

/** The navbar search box (the offline search plugin's). */
export const navbarSearchInput = (page: Page) => page.locator('input.navbar__search-input');

/** Types `query` into the navbar search box; results appear in its listbox. */
export async function searchFor(page: Page, query: string): Promise<void> {
  const input = navbarSearchInput(page);
  await input.click();
  await input.fill(query);
}

/** The options of the navbar search's result list. */
export const searchResults = (page: Page) => page.getByRole('listbox').getByRole('option');

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
}

/**
 * Records every Content-Security-Policy violation of every document the page
 * loads from now on (the `securitypolicyviolation` event; the browser also logs
 * each one as a console error, which `collectProblems` sees, workers included).
 */
export async function recordCspViolations(page: Page): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await page.exposeFunction('__recordCspViolation', (violation: CspViolation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as {__recordCspViolation: (violation: CspViolation) => void}).__recordCspViolation;
      record({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, page: location.href});
    });
  });
  return violations;
}

/** Starts recording layout shifts before the page's own scripts run (call before `goto`). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as {__shifts: number[]}).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {value: number}[]) {
        shifts.push(entry.value);
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
}

/** Waits two frames: a layout shift is reported in the frame that paints it. */
export async function afterNextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))));
}

/** The layout shifts recorded so far, read after the next paint. */
export async function layoutShifts(page: Page): Promise<number[]> {
  await afterNextPaint(page);
  return page.evaluate(() => (window as unknown as {__shifts: number[]}).__shifts);
}
