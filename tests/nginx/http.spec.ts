/**
 * nginx with the shipped configuration, over raw HTTP: the security headers
 * (equal to what deploy/headers.cjs computes from this build), the CSP against
 * the inline scripts each page really serves, the MDN HTTP Observatory's A+
 * rules, compression, and nginx's own limits. Clean URLs, redirects, 404s,
 * caching and junk URLs are the URL rule table's (./url-rules.spec.ts).
 */
import {readFileSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import {CROSS_ORIGIN_FILES, cspHash, inlineCode, inlineHashes, securityHeaders} from '../../deploy/headers.cjs';
import {hasBrotli} from '../../tools/nginx.cjs';
import {BUILD_DIR, fileForUrlPath, readBuilt} from '../shared/builtSite';
import {rawRequest} from '../shared/http';
import {tagsWithAttribute} from '../shared/html';
import {LOCALES, PAGES, localePath} from '../shared/site';
import {NOT_FOUND, hashedAssetsOf} from '../shared/urlRules';

const HAS_BROTLI = hasBrotli();

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test.describe('security headers', () => {
  // Computed from build/ now: a stale generated include fails here.
  const expected = securityHeaders(inlineHashes(BUILD_DIR));

  const responses = [
    ...PAGES.map(({path}) => path),
    ...NOT_FOUND.map(({path}) => path),
    ...LOCALES.flatMap(hashedAssetsOf),
    '/search-index.json',
    // Their own locations (generated cross-origin.conf) repeat every security header.
    ...CROSS_ORIGIN_FILES.map((file) => file.path),
    '/en',
    '/helpdesk/',
  ];
  for (const path of responses) {
    test(`${path} carries every security header of this build`, async () => {
      const response = await rawRequest(path);
      for (const [name, value] of expected) {
        expect(response.headers[name.toLowerCase()], `${name} on ${path} (status ${response.status})`).toBe(value);
      }
      expect(response.headers.server, 'no version in Server').toBe('nginx');
    });
  }

  test('build/_headers for static hosts holds the very headers nginx sends', async () => {
    const served = (await rawRequest('/')).headers;
    const headersFile = readBuilt('_headers');
    const everyPath = headersFile.slice(headersFile.indexOf('/*\n'), headersFile.indexOf('\n/assets/*'));
    const rules = [...everyPath.matchAll(/^ {2}([\w-]+): (.+)$/gm)].map((match) => [match[1]!, match[2]!]);
    expect(rules.map(([name]) => name)).toEqual(expected.map(([name]) => name));
    for (const [name, value] of rules) {
      expect(served[name!.toLowerCase()], name).toBe(value);
    }
  });

  for (const {path, locale} of PAGES) {
    test(`the CSP allows exactly the inline scripts ${path} (${locale}) serves, and nothing unsafe`, async () => {
      const response = await rawRequest(path);
      const policy = directives(String(response.headers['content-security-policy']));
      const scriptSources = policy.get('script-src') ?? [];
      const {scripts, styleAttributes} = inlineCode(response.body.toString('utf8'));
      expect(scripts.length, 'Docusaurus inlines at least its colour-mode script').toBeGreaterThan(0);
      for (const script of scripts) {
        expect(scriptSources, `hash of inline script ${script.slice(0, 60)}…`).toContain(cspHash(script));
      }
      for (const style of styleAttributes) {
        expect(policy.get('style-src'), `hash of style="${style}"`).toContain(cspHash(style));
      }
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", 'data:', '*', 'http:', 'https:']) {
        expect(scriptSources).not.toContain(unsafe);
        expect(policy.get('style-src')).not.toContain(unsafe);
      }
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    });
  }

  test('JSON-LD blocks are data: present in the HTML, never hashed into script-src', async () => {
    const path = localePath('/helpdesk/faq', 'en');
    const response = await rawRequest(path);
    const html = response.body.toString('utf8');
    const jsonLd = [...html.matchAll(/<script[^>]*type="?application\/ld\+json"?[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => match[1]!,
    );
    expect(jsonLd.length).toBeGreaterThan(0);
    const scriptSources = directives(String(response.headers['content-security-policy'])).get('script-src') ?? [];
    for (const block of jsonLd) {
      expect(scriptSources).not.toContain(cspHash(block));
    }
  });

  /**
   * The MDN HTTP Observatory's scoring (mdn/mdn-http-observatory,
   * src/grader/charts.js and src/analyzer/tests/*.js): every site starts at
   * 100, bonuses count only from 90 up, 100 and more is A+. Each rule below
   * with its modifier; passing all gives 100 + 10 + 5 + 5 = 120. Redirection
   * (http → https on the same host, 0) is the TLS front's job, see
   * deploy/nginx/site.example.conf.
   */
  test('the headers score A+ by the MDN HTTP Observatory rules', async () => {
    const response = await rawRequest('/');
    const header = (name: string) => response.headers[name.toLowerCase()] as string | undefined;
    const policy = directives(header('Content-Security-Policy') ?? '');
    const html = response.body.toString('utf8');
    const broad = ["'unsafe-inline'", 'data:', '*', 'http:', 'https:', 'ftp:'];

    const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? ['*'];
    const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? ['*'];
    const objectSrc = policy.get('object-src') ?? policy.get('default-src') ?? ['*'];
    expect(
      scriptSrc.some((source) => broad.includes(source)),
      'script-src without unsafe-inline, data: or broad sources',
    ).toBe(false);
    expect(
      objectSrc.some((source) => broad.slice(2).includes(source)),
      'object-src restricted',
    ).toBe(false);
    expect([...scriptSrc, ...styleSrc], 'no unsafe-eval').not.toContain("'unsafe-eval'");
    expect(
      styleSrc.some((source) => broad.includes(source)),
      'style-src without unsafe-inline, data: or broad sources',
    ).toBe(false);
    expect(policy.get('default-src'), "default-src 'none'").toEqual(["'none'"]);
    expect(["'self'", "'none'"], 'form-action').toContain(policy.get('form-action')?.[0]);
    // All of the above: csp-implemented-with-no-unsafe-default-src-none, +10.
    expect(policy.has('frame-ancestors'), 'X-Frame-Options implemented via CSP frame-ancestors (+5)').toBe(true);
    expect(
      ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'],
      'referrer-policy-private (+5)',
    ).toContain(header('Referrer-Policy'));
    // The rest score 0 when passed and take points when failed.
    const hstsMaxAge = Number(/max-age=(\d+)/.exec(header('Strict-Transport-Security') ?? '')?.[1]);
    expect(hstsMaxAge, 'HSTS at least six months').toBeGreaterThanOrEqual(15_768_000);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Set-Cookie'), 'no cookies').toBeUndefined();
    expect(header('Access-Control-Allow-Origin'), 'no CORS').toBeUndefined();
    // Script tags, and the preloads the paint-first loader turns into script tags.
    const scriptSrcs = [
      ...tagsWithAttribute(html, 'src')
        .map((tag) => tag.src!)
        .filter((src) => src.endsWith('.js')),
      ...tagsWithAttribute(html, 'href')
        .filter((tag) => tag.rel === 'preload' && tag.as === 'script')
        .map((tag) => tag.href!),
    ];
    expect(scriptSrcs.length).toBeGreaterThan(0);
    expect(
      scriptSrcs.every((src) => src.startsWith('/') && !src.startsWith('//')),
      'every script from the same origin (SRI not needed)',
    ).toBe(true);
  });
});

test.describe('compression', () => {
  const texts = [
    {path: '/helpdesk/faq', type: 'text/html'},
    {path: hashedAssetsOf('zh-Hans').find((asset) => asset.includes('/main.'))!, type: 'javascript'},
    {path: hashedAssetsOf('en').find((asset) => asset.endsWith('.css'))!, type: 'text/css'},
    {path: '/search-index.json', type: 'application/json'},
    {path: '/qr/ticket.svg', type: 'image/svg+xml'},
    {path: '/en/support-calendar.ics', type: 'text/calendar'},
    {path: '/support-status.js', type: 'javascript'},
  ];
  const encodings = [
    {encoding: 'gzip', enabled: true},
    // Debian's libnginx-mod-http-brotli-filter; serve-nginx loads it only where installed.
    {encoding: 'br', enabled: HAS_BROTLI},
  ];
  for (const {encoding, enabled} of encodings) {
    for (const {path, type} of texts) {
      test(`${path} (${type}) is served ${encoding}-compressed when asked`, async () => {
        test.skip(!enabled, 'the brotli module is not installed here (libnginx-mod-http-brotli-filter)');
        const response = await rawRequest(path, {headers: {'Accept-Encoding': encoding}});
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toContain(type);
        expect(response.headers['content-encoding']).toBe(encoding);
        expect(response.headers.vary).toMatch(/Accept-Encoding/i);
        const file = readFileSync(`${BUILD_DIR}/${fileForUrlPath(path)!}`);
        expect(response.body.equals(file), 'decompressed body equals the built file').toBe(true);
        expect(response.wire.length).toBeLessThan(file.length * 0.6);
      });
    }
  }

  test('files compressed at build time are sent as they are', async () => {
    const bundle = hashedAssetsOf('zh-Hans').find((asset) => asset.includes('/main.'))!;
    const file = `${BUILD_DIR}${bundle}`;
    for (const {encoding} of encodings.filter(({enabled}) => enabled)) {
      const response = await rawRequest(bundle, {headers: {'Accept-Encoding': encoding}});
      expect(
        response.wire.equals(readFileSync(`${file}.${encoding === 'gzip' ? 'gz' : 'br'}`)),
        `${encoding} bytes are build/${bundle}.*`,
      ).toBe(true);
    }
  });

  test('brotli is preferred when the client takes both', async () => {
    test.skip(!HAS_BROTLI, 'the brotli module is not installed here (libnginx-mod-http-brotli-filter)');
    const response = await rawRequest('/helpdesk/contact', {headers: {'Accept-Encoding': 'gzip, deflate, br'}});
    expect(response.headers['content-encoding']).toBe('br');
  });

  test('a client that asks for no encoding gets the file as it is; PNG is never recompressed', async () => {
    const plain = await rawRequest('/helpdesk/faq');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.wire.equals(readFileSync(`${BUILD_DIR}/helpdesk/faq.html`))).toBe(true);
    const png = await rawRequest('/img/social-card.png', {headers: {'Accept-Encoding': 'gzip, br'}});
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-encoding']).toBeUndefined();
  });
});

test.describe("nginx's own limits", () => {
  test("a request line beyond nginx's 8 KiB header buffer is refused before any file lookup", async () => {
    expect((await rawRequest(`/${'a'.repeat(9000)}`)).status).toBe(414);
  });
});
