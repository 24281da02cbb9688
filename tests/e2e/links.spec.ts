/**
 * The link contract, read from the build of both locales: every stable anchor id
 * (ARCHITECTURE.md, "Pages and stable anchors") is on its page, and every internal link and image of every
 * built page leads to a file that exists and, with a #fragment, to an element
 * with that id (canonical and hreflang links included). Support staff paste
 * these links into tickets.
 */
import {expect, test} from '@playwright/test';
import {FAQ_IDS} from '../../src/data';
import {BUILD_DIR, SITE_URL, builtHtmlFiles, fileForUrlPath, idsIn, readBuilt, urlPathOf} from '../shared/builtSite';
import {LOCALES, ROUTES, localePath, tagsWithAttribute, type Route} from './support';

/** The stable ids, per page: the FAQ entries and the previous help page's anchors (ARCHITECTURE.md). */
const STABLE_ANCHORS: Partial<Record<Route, readonly string[]>> = {
  '/helpdesk': ['ondemandservice', 'contact'],
  '/helpdesk/faq': FAQ_IDS,
};

const SITE_ORIGIN = new URL(SITE_URL).origin;

/**
 * Why `href` (found on the page at `pagePath`) is broken, or null when it is
 * fine or not internal (mail, phone and other sites are not checked here).
 */
function brokenReason(href: string, pagePath: string): string | null {
  const url = new URL(href, `${SITE_ORIGIN}${pagePath}`);
  if (url.origin !== SITE_ORIGIN) {
    return null;
  }
  const file = fileForUrlPath(url.pathname);
  if (!file) {
    return `no file answers ${url.pathname}`;
  }
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !idsIn(readBuilt(file)).has(id)) {
    return `${file} has no element with id "${id}"`;
  }
  return null;
}

test.describe('anchor contract', () => {
  for (const locale of LOCALES) {
    for (const [route, ids] of Object.entries(STABLE_ANCHORS)) {
      const pagePath = localePath(route, locale);
      test(`${pagePath} holds its stable ids: ${ids!.join(', ')}`, () => {
        const file = fileForUrlPath(pagePath);
        expect(file, `build file of ${pagePath}`).not.toBeNull();
        const present = idsIn(readBuilt(file!));
        expect(
          ids!.filter((id) => !present.has(id)),
          `ids missing on ${pagePath}`,
        ).toEqual([]);
      });
    }

    test(`the previous help page's links resolve in ${locale}`, () => {
      for (const href of ['/helpdesk#ondemandservice', '/helpdesk#contact']) {
        const localized = locale === 'en' ? `/en${href}` : href;
        expect(brokenReason(localized, '/'), localized).toBeNull();
      }
    });
  }

  test('the checker itself reports a missing page and a missing anchor', () => {
    expect(brokenReason('/helpdesk/no-such-page', '/')).toMatch(/no file answers/);
    expect(brokenReason('/helpdesk/faq#no-such-entry', '/')).toMatch(/no element with id/);
    expect(brokenReason('#no-such-id', '/helpdesk')).toMatch(/no element with id/);
  });
});

test('every internal link and image in the build of both locales resolves', () => {
  const files = builtHtmlFiles();
  const broken: string[] = [];
  const linked = new Set<string>();
  let checked = 0;
  for (const file of files) {
    const html = readBuilt(file);
    const pagePath = urlPathOf(file);
    const targets = [
      ...tagsWithAttribute(html, 'href').map((tag) => tag.href!),
      ...tagsWithAttribute(html, 'src').map((tag) => tag.src!),
    ];
    for (const target of targets) {
      const url = new URL(target, `${SITE_ORIGIN}${pagePath}`);
      if (url.origin !== SITE_ORIGIN || target.startsWith('/assets/') || target.startsWith('/en/assets/')) {
        continue;
      }
      checked += 1;
      linked.add(url.pathname);
      const reason = brokenReason(target, pagePath);
      if (reason) {
        broken.push(`${file}: ${target} → ${reason}`);
      }
    }
  }
  expect(broken, `broken internal links under ${BUILD_DIR}`).toEqual([]);
  // Guard against a crawl that found nothing: the navigation links every page of both locales.
  for (const locale of LOCALES) {
    for (const route of ROUTES) {
      expect(linked, `some page links to ${localePath(route, locale)}`).toContain(localePath(route, locale));
    }
  }
  expect(checked).toBeGreaterThan(100);
});
