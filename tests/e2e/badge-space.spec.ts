/**
 * A badge keeps, from the server's HTML on, the space of the longest words it can
 * show (src/components/ServiceHoursBadge/reserve.ts): whatever the clock, the
 * visitor's zone and the window's width, the live words that replace the server's
 * leave every badge exactly as tall as it was painted, so nothing below moves.
 * The oracle is the page painted before its bundle runs: the same HTML in the same
 * zone, with the bundle refused (the head's inline script, which tells a visitor
 * on China's clock, still runs).
 */
import {expect, test, type Browser, type Page} from '@playwright/test';
import {SUPPORT_TIME_ZONE} from '../../src/data';
import {LOCALES, localePath, waitForHydration} from './support';

const ROUTES = ['/helpdesk/contact', '/'] as const;
/** Phones from the smallest to the common, a tablet, a laptop with the docs' sidebar and TOC, a desktop. */
const WIDTHS = [320, 360, 390, 768, 1024, 1280] as const;
/** A visitor far from China (two-zone words) and one in China (one zone). */
const ZONES = ['America/New_York', SUPPORT_TIME_ZONE] as const;
/** China time: the longest words each state says (a date in both zones, a holiday's name, reading now). */
const INSTANTS = [
  {name: 'Saturday 23:30 (opens Monday)', iso: '2026-11-28T23:30:00+08:00'},
  {name: 'New Year’s Eve 20:00', iso: '2026-12-31T20:00:00+08:00'},
  {name: 'National Day 10:00', iso: '2026-10-02T10:00:00+08:00'},
  {name: 'Dragon Boat Festival 10:00', iso: '2026-06-19T10:00:00+08:00'},
  {name: 'a Tuesday 10:00 (standard hours)', iso: '2026-11-24T10:00:00+08:00'},
  {name: 'the law-fixed New Year’s Day of 2027', iso: '2027-01-01T10:00:00+08:00'},
] as const;

interface BadgeBox {
  channel: string;
  height: number;
  text: string;
}

/** Every badge's height and words at each width, in page order. */
async function badgeBoxes(page: Page): Promise<Map<number, BadgeBox[]>> {
  const boxes = new Map<number, BadgeBox[]>();
  for (const width of WIDTHS) {
    await page.setViewportSize({width, height: 800});
    boxes.set(
      width,
      await page.locator('[data-channel-status]').evaluateAll((badges) =>
        badges.map((badge) => ({
          channel: badge.getAttribute('data-channel-status') ?? '',
          height: badge.getBoundingClientRect().height,
          text: (badge as HTMLElement).innerText.replace(/\s+/g, ' '),
        })),
      ),
    );
  }
  return boxes;
}

/** The page as first painted in `zone`: its bundle never arrives, so it never hydrates. */
async function paintedBoxes(browser: Browser, baseURL: string | undefined, path: string, zone: string) {
  const context = await browser.newContext({baseURL, timezoneId: zone});
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(path);
  const onChinaClock = (await page.locator('html').getAttribute('data-clock')) === 'china';
  const boxes = await badgeBoxes(page);
  expect(await page.locator('html').getAttribute('data-has-hydrated')).not.toBe('true');
  await context.close();
  return {onChinaClock, boxes};
}

const total = (boxes: readonly BadgeBox[]) => boxes.reduce((sum, {height}) => sum + height, 0);

for (const route of ROUTES) {
  for (const locale of LOCALES) {
    const path = localePath(route, locale);
    for (const zone of ZONES) {
      test(`${path}, visitor in ${zone}: live badges are as tall as the server painted them`, async ({browser, baseURL}) => {
        // Six page loads, each measured at six widths.
        test.setTimeout(90_000);
        const {onChinaClock, boxes: painted} = await paintedBoxes(browser, baseURL, path, zone);
        expect(onChinaClock).toBe(zone === SUPPORT_TIME_ZONE);
        expect(painted.get(WIDTHS[0])!.length).toBeGreaterThan(0);
        for (const {name, iso} of INSTANTS) {
          const context = await browser.newContext({baseURL, timezoneId: zone});
          const page = await context.newPage();
          await page.clock.setFixedTime(new Date(iso));
          await page.goto(path);
          await waitForHydration(page);
          await expect(page.locator('[data-channel-status][data-state="unknown"]')).toHaveCount(0);
          const live = await badgeBoxes(page);
          for (const width of WIDTHS) {
            const before = painted.get(width)!;
            const after = live.get(width)!;
            expect(after.map(({channel}) => channel)).toEqual(before.map(({channel}) => channel));
            after.forEach((badge, index) => {
              expect(
                badge.height,
                `${name}, ${width}px, ${badge.channel}: "${badge.text}" (painted as "${before[index]!.text}")`,
              ).toBe(before[index]!.height);
            });
          }
          await context.close();
        }
      });
    }

    test(`${path}: a visitor on China's clock is not kept room for a second zone`, async ({browser, baseURL}) => {
      const [far, china] = await Promise.all(ZONES.map((zone) => paintedBoxes(browser, baseURL, path, zone)));
      expect(total(china!.boxes.get(360)!)).toBeLessThan(total(far!.boxes.get(360)!));
    });
  }
}
