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

/** One layout shift the page reported, with what it moved (for failure messages and filters). */
export interface LayoutShift {
  value: number;
  /** True when the visitor had just typed or clicked: such shifts are expected and not counted by CLS. */
  hadRecentInput: boolean;
  /** Each moved element: its tag, whether it lies in `<main>`, and the start of its text. */
  moved: {element: string; inMain: boolean; text: string}[];
}

/** Starts recording layout shifts before the page's own scripts run (call before `goto`). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Entry = PerformanceEntry & {value: number; hadRecentInput: boolean; sources: {node: Node | null}[]};
    const shifts: LayoutShift[] = [];
    (window as unknown as {__shifts: LayoutShift[]}).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          moved: entry.sources.map(({node}) => {
            const element = node instanceof Element ? node : node?.parentElement;
            return {
              element: element
                ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`
                : '(gone)',
              inMain: Boolean(element?.closest('main')),
              text: (node?.textContent ?? '').trim().slice(0, 40),
            };
          }),
        });
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
}

/** Waits two frames: a layout shift is reported in the frame that paints it. */
async function afterNextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))));
}

/** The layout shifts recorded so far, read after the next paint. */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
  await afterNextPaint(page);
  return page.evaluate(() => (window as unknown as {__shifts: LayoutShift[]}).__shifts);
}

/** The shifts' total score (what CLS adds up within one session window). */
export function shiftTotal(shifts: readonly LayoutShift[]): number {
  return shifts.reduce((total, shift) => total + shift.value, 0);
}

/** "0.0046: div.summary "Now it is…" | p "…"", one line per shift, for a failure message. */
export function describeShifts(shifts: readonly LayoutShift[]): string {
  return shifts
    .map((shift) => `${shift.value}: ${shift.moved.map((moved) => `${moved.element} "${moved.text}"`).join(' | ')}`)
    .join('\n');
}
