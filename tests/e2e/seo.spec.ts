/**
 * What search engines and link previews read, checked on the built HTML of both
 * locales: titles and descriptions, canonical and hreflang links, Open Graph and
 * Twitter tags, robots.txt, one sitemap per locale and the contact page's
 * Organization JSON-LD.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {SUPPORT_LANGUAGES} from '../../src/data';
import {SUPPORT_TIME_ZONE_NAME} from '../../src/lib/words/format';
import {contactPoint} from '../../src/node/jsonld/structuredData';
import {SHIPPED_SOURCE, shippedCalendar} from './holidaysSupport';
import {
  BUILD_DIR,
  SITE_URL,
  builtHtmlFiles,
  fileForUrlPath,
  headTags,
  jsonLdBlocks,
  readBuilt,
  urlPathOf,
} from '../shared/builtSite';
import {LOCALES, PAGES, ROUTES, localePath, type Locale} from './support';
import {waitForHydration} from '../shared/page';
import {channelHref, offeredChannels} from '../../src/lib/channels/channelEntry';
import {getSchedule} from '../../src/lib/lookup';

function meta(html: string, key: string): string[] {
  return headTags(html, 'meta')
    .filter((tag) => tag.name === key || tag.property === key)
    .map((tag) => tag.content!);
}

function links(html: string, rel: string): Record<string, string>[] {
  return headTags(html, 'link').filter((tag) => tag.rel === rel);
}

/** Open Graph's locale codes (language_TERRITORY) for the site's locales. */
const OG_LOCALE: Record<Locale, string> = {'zh-Hans': 'zh_CN', en: 'en_US'};

function title(html: string): string {
  return /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
}

/** The page at `route` in `locale`, as a URL of the configured site. */
function siteUrl(route: string, locale: Locale): string {
  return `${SITE_URL}${localePath(route, locale)}`;
}

const ALL_FILES = builtHtmlFiles();

test('the build has every page of both locales, plus the 404 and search pages', () => {
  const paths = ALL_FILES.map(urlPathOf);
  expect(paths).toEqual(expect.arrayContaining(PAGES.map((page) => page.path)));
  expect(paths).toEqual(expect.arrayContaining(['/404', '/en/404', '/search', '/en/search']));
});

test.describe('every built page', () => {
  for (const file of ALL_FILES) {
    test(`${file}: one title, description, canonical, three hreflang alternates, social tags`, () => {
      const html = readBuilt(file);
      expect(title(html)).not.toBe('');
      const descriptions = meta(html, 'description');
      expect(descriptions).toHaveLength(1);
      expect(descriptions[0]!.length, 'description length').toBeGreaterThan(30);
      expect(links(html, 'canonical')).toHaveLength(1);
      const alternates = links(html, 'alternate').filter((tag) => tag.hreflang);
      expect(alternates.map((tag) => tag.hreflang).sort()).toEqual(['en', 'x-default', 'zh-Hans']);

      const keys = [
        'og:title',
        'og:description',
        'og:url',
        'og:image',
        'og:image:alt',
        'og:type',
        'og:locale',
        'og:locale:alternate',
      ];
      for (const key of [
        ...keys,
        'twitter:card',
        'twitter:title',
        'twitter:description',
        'twitter:image',
        'twitter:image:alt',
      ]) {
        expect(meta(html, key), key).toHaveLength(1);
      }
      expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
      expect(meta(html, 'og:type')).toEqual(['website']);
      // The card says what the page says: title, description and image text once, for both networks.
      expect(meta(html, 'og:title')).toEqual([title(html)]);
      expect(meta(html, 'twitter:title')).toEqual(meta(html, 'og:title'));
      expect(meta(html, 'twitter:description')).toEqual(descriptions);
      expect(meta(html, 'og:description')).toEqual(descriptions);
      expect(meta(html, 'twitter:image:alt')).toEqual(meta(html, 'og:image:alt'));
      expect(meta(html, 'og:image:alt')[0]!.length).toBeGreaterThan(10);
      // Open Graph locales are language_TERRITORY: zh_CN and en_US, each page naming the other as alternate.
      const locale: Locale = urlPathOf(file).startsWith('/en/') ? 'en' : 'zh-Hans';
      expect(meta(html, 'og:locale')).toEqual([OG_LOCALE[locale]]);
      expect(meta(html, 'og:locale:alternate')).toEqual(
        LOCALES.filter((other) => other !== locale).map((other) => OG_LOCALE[other]),
      );
      const image = new URL(meta(html, 'og:image')[0]!);
      expect(image.origin).toBe(new URL(SITE_URL).origin);
      expect(existsSync(path.join(BUILD_DIR, image.pathname)), `social image ${image.pathname} in the build`).toBe(true);
      expect(image.pathname).toMatch(/\.(png|jpe?g)$/);
    });
  }

  test('titles and descriptions are unique across both locales', () => {
    const titles = ALL_FILES.map((file) => title(readBuilt(file)));
    const descriptions = ALL_FILES.map((file) => meta(readBuilt(file), 'description')[0]);
    expect(new Set(titles).size, titles.join('\n')).toBe(ALL_FILES.length);
    expect(new Set(descriptions).size, descriptions.join('\n')).toBe(ALL_FILES.length);
  });
});

test.describe('canonical and hreflang', () => {
  for (const {route, locale, path: pagePath} of PAGES) {
    test(`${pagePath} points to itself and to its twin in the other locale`, () => {
      const html = readBuilt(fileForUrlPath(pagePath)!);
      expect(links(html, 'canonical')[0]!.href).toBe(siteUrl(route, locale));
      expect(meta(html, 'og:url')).toEqual([siteUrl(route, locale)]);
      const alternates = Object.fromEntries(
        links(html, 'alternate')
          .filter((tag) => tag.hreflang)
          .map((tag) => [tag.hreflang, tag.href]),
      );
      expect(alternates).toEqual({
        'zh-Hans': siteUrl(route, 'zh-Hans'),
        en: siteUrl(route, 'en'),
        'x-default': siteUrl(route, 'zh-Hans'),
      });
    });
  }

  for (const pagePath of ['/404', '/en/404', '/search', '/en/search']) {
    test(`${pagePath} asks not to be indexed`, () => {
      expect(meta(readBuilt(fileForUrlPath(pagePath)!), 'robots')).toContain('noindex, follow');
    });
  }
});

test('robots.txt names the sitemap of each locale', () => {
  const robots = readBuilt('robots.txt');
  expect(robots).toMatch(/^User-agent: \*$/m);
  const sitemaps = [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1]);
  expect(sitemaps).toEqual(LOCALES.map((locale) => `${SITE_URL}${localePath('/', locale)}sitemap.xml`));
});

test.describe('sitemaps', () => {
  for (const locale of LOCALES) {
    test(`the ${locale} sitemap lists every route of that locale and nothing else`, () => {
      const sitemap = readBuilt(`${localePath('/', locale).slice(1)}sitemap.xml`);
      const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
      expect(locations.sort()).toEqual(ROUTES.map((route) => siteUrl(route, locale)).sort());
    });
  }
});

test.describe('Organization JSON-LD on the contact page', () => {
  for (const locale of LOCALES) {
    test(`${localePath('/helpdesk/contact', locale)} lists the channels' contact points with their hours`, () => {
      const html = readBuilt(fileForUrlPath(localePath('/helpdesk/contact', locale))!);
      const organizations = jsonLdBlocks(html).filter((block) => block['@type'] === 'Organization');
      expect(organizations).toHaveLength(1);
      const organization = organizations[0]!;
      expect(organization['@context']).toBe('https://schema.org');
      expect(organization.url).toBe(SITE_URL);

      const points = organization.contactPoint as Record<string, unknown>[];
      const linked = offeredChannels().filter((channel) => channelHref(channel));
      expect(points.map((point) => point.name)).toEqual(linked.map((channel) => channel.label[locale]));
      for (const [index, channel] of linked.entries()) {
        const point = points[index]!;
        expect(point['@type']).toBe('ContactPoint');
        expect(point.contactType).toBe('technical support');
        const href = channelHref(channel)!;
        if (href.startsWith('tel:')) {
          expect(point.telephone).toBe(href.slice('tel:'.length));
        } else if (href.startsWith('mailto:')) {
          expect(point.email).toBe(href.slice('mailto:'.length));
        } else {
          expect(point.url).toBe(href);
        }
        // Languages only as the owner declares them (src/data/channels.ts); none declared, none published.
        expect(
          ((point.availableLanguage ?? []) as {alternateName: string}[]).map((language) => language.alternateName),
        ).toEqual(SUPPORT_LANGUAGES);
        const schedule = getSchedule(channel.schedule);
        // The published hours are those of the calendar the build shipped: the weekly pattern first, then dated exceptions.
        expect(point.hoursAvailable).toEqual(contactPoint(channel, locale, shippedCalendar(locale))!.hoursAvailable);
        const hours = point.hoursAvailable as {dayOfWeek?: string[]; opens: string; closes: string; validFrom?: string}[];
        expect(hours[0]!.dayOfWeek).toHaveLength(schedule.days.length);
        expect(hours[0]!.opens).toBe(schedule.intervals[0]!.start);
        const closedFrom = hours
          .filter((spec) => spec.opens === '00:00' && spec.closes === '00:00')
          .map((spec) => spec.validFrom);
        // A schedule that observes holidays states every holiday as a closed, dated period; one that ignores them, none.
        // Then each announced closure of the channel (the policy file lists the channels each one closes).
        expect(closedFrom).toEqual([
          ...(schedule.holidays === 'observed' ? SHIPPED_SOURCE.holidays.map((range) => range.from) : []),
          ...SHIPPED_SOURCE.closures.filter((closure) => closure.channels?.includes(channel.id)).map((closure) => closure.from),
        ]);
      }
    });

    test(`${localePath('/helpdesk/contact', locale)} says in its text that the hours are China time`, () => {
      // schema.org has no time-zone field, so the page text must carry it.
      const html = readBuilt(fileForUrlPath(localePath('/helpdesk/contact', locale))!);
      const text = html.slice(html.indexOf('<main')).replace(/<[^>]+>/g, ' ');
      expect(text).toContain(SUPPORT_TIME_ZONE_NAME[locale]);
    });
  }
});

test.describe('JSON-LD in the running page', () => {
  for (const [route, type] of [
    ['/helpdesk/contact', 'Organization'],
    ['/helpdesk/faq', 'FAQPage'],
  ] as const) {
    test(`${route}: the ${type} block the build wrote is still there, once, after hydration (crawlers that run JavaScript)`, async ({
      page,
    }) => {
      await page.goto(localePath(route, 'en'));
      await waitForHydration(page);
      const types = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) =>
          scripts.map((script) => (JSON.parse(script.textContent ?? '') as {'@type': string})['@type']),
        );
      expect(types.filter((found) => found === type)).toHaveLength(1);
    });
  }
});

test.describe('search index', () => {
  for (const locale of LOCALES) {
    test(`${locale}: holds page text, not the live panel's "applies now" tag`, () => {
      const index = readBuilt(`${localePath('/', locale).slice(1)}search-index.json`);
      const liveTag = locale === 'en' ? 'Applies now' : '当前适用';
      expect(index).toContain(locale === 'en' ? 'During standard hours' : '标准支持时间内');
      expect(index).not.toContain(liveTag);
    });
  }
});
