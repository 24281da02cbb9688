/**
 * What the main thread must not do on the way to a live page. The first Intl
 * formatter, collator or locale-aware string method a page calls loads ICU's
 * data: one task of 25–50 ms on a desktop CPU, four times that on a phone
 * (src/lib/schedule.ts, FIXED_UTC_OFFSET_MINUTES). The live status reads China
 * time by arithmetic and the visitor's time with Date's local getters instead,
 * so no page may touch ICU from navigation until it is hydrated, live and idle.
 */
import {expect, test} from '@playwright/test';
import {PAGES, waitForHydration} from './support';

/** A locale-aware call, with the first frames of the stack that made it. */
interface IcuCall {
  api: string;
  stack: string;
}

type IcuWindow = Window & {__icuCalls?: IcuCall[]};

/** Lighthouse's phone (the doc pages move their sidebar into the navbar menu there) and the default desktop. */
const SCREENS = {phone: {viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true}, desktop: {}} as const;

for (const [screen, options] of Object.entries(SCREENS)) {
  test.describe(screen, () => {
    test.use(options);
    for (const {path, locale} of PAGES) {
      test(`${path} (${locale}) reaches its live state without loading ICU`, async ({page}) => {
        await page.addInitScript(() => {
          const calls: IcuCall[] = [];
          (window as IcuWindow).__icuCalls = calls;
          const record = (api: string) =>
            calls.push({api, stack: (new Error().stack ?? '').split('\n').slice(2, 6).join(' | ')});
          const intl = Intl as unknown as Record<string, unknown>;
          for (const name of [
            'DateTimeFormat',
            'NumberFormat',
            'Collator',
            'PluralRules',
            'ListFormat',
            'RelativeTimeFormat',
            'Segmenter',
            'DisplayNames',
          ]) {
            const original = intl[name];
            if (typeof original !== 'function') {
              continue;
            }
            intl[name] = new Proxy(original, {
              construct(target, args, newTarget) {
                record(`Intl.${name}`);
                return Reflect.construct(target, args, newTarget) as object;
              },
              apply(target, self, args) {
                record(`Intl.${name}`);
                return Reflect.apply(target, self, args) as unknown;
              },
            });
          }
          const methods: [object, string][] = [
            [String.prototype, 'localeCompare'],
            [String.prototype, 'toLocaleLowerCase'],
            [String.prototype, 'toLocaleUpperCase'],
            [Number.prototype, 'toLocaleString'],
            [Date.prototype, 'toLocaleString'],
            [Date.prototype, 'toLocaleDateString'],
            [Date.prototype, 'toLocaleTimeString'],
          ];
          for (const [prototype, name] of methods) {
            const target = prototype as Record<string, unknown>;
            const original = target[name] as (...args: unknown[]) => unknown;
            target[name] = function (this: unknown, ...args: unknown[]) {
              record(name);
              return original.apply(this, args);
            };
          }
        });
        await page.goto(path);
        await waitForHydration(page);
        // Live: no badge still waiting for its first client render.
        await expect(page.locator('[data-channel-status][data-state="unknown"]')).toHaveCount(0);
        await page.waitForLoadState('networkidle');
        const calls = await page.evaluate(() => (window as IcuWindow).__icuCalls ?? []);
        expect(calls, `locale-aware calls on ${path} (${locale})`).toEqual([]);
      });
    }
  });
}
