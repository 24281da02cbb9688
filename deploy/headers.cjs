// @ts-check
/**
 * The one source of the site's HTTP response headers: security headers, the
 * Content-Security-Policy built from the build output, and the cache rules.
 * `scripts/generate-headers.mjs` renders it after every build into the nginx
 * includes (deploy/nginx/generated/) and `build/_headers` for static hosts, so
 * the two cannot drift. CommonJS JavaScript: the Node scripts import it as it is, and so do
 * the TypeScript tests (allowJs; Playwright cannot load an ES module from them).
 */
'use strict';
const {createHash} = require('node:crypto');
const {existsSync, readdirSync, readFileSync, statSync} = require('node:fs');
const path = require('node:path');
const {filesUnder} = require('../tools/files.cjs');

/** Hashed assets (file names carry a content hash): cached for a year, never revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, search-index.json, support-policy.json, images): revalidate on every use. */
const REVALIDATE = 'no-cache';

/** The support calendar feeds: nginx's and Node's type tables have no `.ics`. */
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/**
 * Files other origins may read (ARCHITECTURE.md, "Subscribe and embed"): the support
 * policy, the embeddable status module and each locale's calendar feed, served
 * with `Access-Control-Allow-Origin: *` (a customer's console fetches them) and
 * revalidated like every file without a hash. `contentType` where a server's own
 * table lacks it. src/lib/published/feedPaths.ts names the same paths for the build
 * (deploy/headers.test.ts checks).
 * @type {readonly {path: string, contentType?: string}[]}
 */
const CROSS_ORIGIN_FILES = [
  {path: '/support-policy.json'},
  {path: '/support-status.js'},
  {path: '/support-calendar.ics', contentType: CALENDAR_TYPE},
  {path: '/en/support-calendar.ics', contentType: CALENDAR_TYPE},
];

/** The one header that opens a file to other origins: public data, no credentials. */
const CROSS_ORIGIN_HEADER = /** @type {const} */ (['Access-Control-Allow-Origin', '*']);

/**
 * The cross-origin entry of a URL path, if the path is one of CROSS_ORIGIN_FILES.
 * @param {string} pathname
 */
function crossOriginFile(pathname) {
  return CROSS_ORIGIN_FILES.find((file) => file.path === pathname);
}

/** Two years, the HSTS preload list's minimum is one; the Observatory asks for six months. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Powerful features the site never uses. Only names every current browser
 * recognises: an unknown one is a console warning on every page.
 * The clipboard stays allowed: the FAQ's copy-link buttons write to it.
 */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Script types a browser executes (an absent or empty type is JavaScript). Any
 * other type — `application/ld+json` above all — is a data block: never run, so
 * outside CSP and in no need of a hash.
 */
/**
 * @typedef {{scripts: string[], styleAttributes: string[]}} Hashes the CSP hashes of the inline scripts and style attributes
 * @typedef {{security: [string, string][], immutablePrefixes: string[]}} SiteHeaders
 */

const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Every HTML file under `dir`, recursively.
 * @param {string} dir
 */
function htmlFiles(dir) {
  return filesUnder(dir, (name) => name.endsWith('.html'));
}

/**
 * `'sha256-…'` of a text as the browser hashes it: its UTF-8 bytes.
 * @param {string} text
 */
function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * @param {string} attributes
 * @param {string} name
 * @returns {string | null}
 */
function attributeValue(attributes, name) {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/**
 * The few character references a minifier leaves in attribute values.
 * @param {string} text
 */
function decodeEntities(text) {
  return text.replace(
    /&(quot|#34|apos|#39|lt|gt|amp);/g,
    (_, /** @type {string} */ name) =>
      /** @type {Record<string, string>} */ ({quot: '"', '#34': '"', apos: "'", '#39': "'", lt: '<', gt: '>', amp: '&'})[
        name
      ] ?? '',
  );
}

/**
 * What the CSP must allow inline in one HTML document: the bodies of its
 * executable inline `<script>` elements (hashed as written: script text is raw,
 * never entity-decoded) and its `style` attribute values (decoded, as the
 * browser hashes the attribute's value). Markup inside scripts is not markup.
 * @param {string} html
 * @returns {{scripts: string[], styleAttributes: string[]}}
 */
function inlineCode(html) {
  /** @type {string[]} */
  const scripts = [];
  const withoutScripts = html.replace(
    /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi,
    (_, /** @type {string} */ attributes, /** @type {string} */ body) => {
      const type = (attributeValue(attributes, 'type') ?? '').trim().toLowerCase();
      if (attributeValue(attributes, 'src') === null && EXECUTABLE_SCRIPT_TYPES.has(type)) {
        scripts.push(body);
      }
      return '';
    },
  );
  const styleAttributes = [...withoutScripts.matchAll(/<[a-zA-Z][^<>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
    (match) => decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''),
  );
  return {scripts, styleAttributes};
}

/**
 * The sorted, distinct hashes of everything inline across the build's HTML files.
 * @param {string} buildDir
 * @returns {Hashes}
 */
function inlineHashes(buildDir) {
  const scripts = new Set();
  const styleAttributes = new Set();
  for (const file of htmlFiles(buildDir)) {
    const code = inlineCode(readFileSync(file, 'utf8'));
    code.scripts.forEach((script) => scripts.add(cspHash(script)));
    code.styleAttributes.forEach((style) => styleAttributes.add(cspHash(style)));
  }
  return {scripts: [...scripts].sort(), styleAttributes: [...styleAttributes].sort()};
}

/**
 * The policy: nothing by default, then exactly what the site uses — its own
 * scripts plus the hashed inline ones (the colour-mode and base-URL-banner
 * snippets Docusaurus inlines), its own styles plus the hashed `style`
 * attributes of the server HTML, images from itself and `data:` (the theme's CSS
 * icons), fetch/XHR to itself (the search index), the search Web Worker from
 * itself. No fonts, manifests, frames, plugins or media: default-src 'none'
 * refuses them, and the nginx tests report the violation if one is ever added.
 * No 'unsafe-inline', no 'unsafe-eval', no framing.
 * @param {Hashes} hashes
 */
function contentSecurityPolicy({scripts, styleAttributes}) {
  const directives = {
    'default-src': ["'none'"],
    'script-src': ["'self'", ...scripts],
    'style-src': ["'self'", ...(styleAttributes.length > 0 ? ["'unsafe-hashes'", ...styleAttributes] : [])],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Headers every response carries, in order.
 * @returns {[string, string][]}
 * @param {Hashes} hashes
 */
function securityHeaders(hashes) {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(hashes)],
    ['Strict-Transport-Security', HSTS],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
  ];
}

/**
 * URL prefixes of the hashed assets: `/assets/` of the default locale and
 * `/<locale>/assets/` of every locale the build holds (a folder with its own
 * index.html and assets/).
 * @param {string} buildDir
 */
function hashedAssetPrefixes(buildDir) {
  const localeDirs = readdirSync(buildDir).filter((name) => {
    const dir = path.join(buildDir, name);
    return statSync(dir).isDirectory() && ['index.html', 'assets'].every((entry) => existsSync(path.join(dir, entry)));
  });
  return ['/assets/', ...localeDirs.sort().map((locale) => `/${locale}/assets/`)];
}

/**
 * Everything the generated files hold, computed from one build.
 * @param {string} buildDir
 * @returns {SiteHeaders}
 */
function siteHeaders(buildDir) {
  return {security: securityHeaders(inlineHashes(buildDir)), immutablePrefixes: hashedAssetPrefixes(buildDir)};
}

const GENERATED_NOTE = 'Generated by scripts/generate-headers.mjs from deploy/headers.cjs after each build: do not edit.';

/**
 * A double-quoted nginx string; nginx has no escape for `$` (a variable), so none may occur.
 * @param {string} value
 */
function nginxString(value) {
  if (/["\\$]/.test(value)) {
    throw new Error(`header value cannot be written as an nginx string: ${value}`);
  }
  return `"${value}"`;
}

/**
 * The nginx includes, server-context snippets for one `location` each: every
 * security header plus that location's Cache-Control. Each location includes
 * exactly one (nginx drops inherited add_header lines in a location that adds
 * its own, so each snippet is complete).
 * @param {SiteHeaders} headers
 */
function renderNginx({security}) {
  const render = (/** @type {string} */ cacheControl) =>
    [
      `# ${GENERATED_NOTE}`,
      .../** @type {[string, string][]} */ ([...security, ['Cache-Control', cacheControl]]).map(
        ([name, value]) => `add_header ${name} ${nginxString(value)} always;`,
      ),
      '',
    ].join('\n');
  return {
    'headers-immutable.conf': render(IMMUTABLE),
    'headers-revalidate.conf': render(REVALIDATE),
    'cross-origin.conf': renderCrossOrigin({security}),
  };
}

/**
 * The nginx `location` of each file in CROSS_ORIGIN_FILES (included at server
 * level by helpdesk.conf): the revalidating headers plus the CORS header, and the
 * file's type where nginx's mime.types lacks it. Exact matches, so they win over
 * every prefix and regular-expression location.
 * @param {Pick<SiteHeaders, 'security'>} headers
 */
function renderCrossOrigin({security}) {
  const headerLines = /** @type {[string, string][]} */ ([...security, ['Cache-Control', REVALIDATE], CROSS_ORIGIN_HEADER]).map(
    ([name, value]) => `    add_header ${name} ${nginxString(value)} always;`,
  );
  const locations = CROSS_ORIGIN_FILES.map(({path: urlPath, contentType}) => {
    const typeLines = [];
    if (contentType) {
      const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim());
      const extension = path.posix.extname(urlPath).slice(1);
      typeLines.push(`    types { ${type} ${extension}; }`);
      if (parameters.some((parameter) => parameter === 'charset=utf-8')) {
        typeLines.push(`    charset_types ${type};`);
      }
    }
    return [`location = ${urlPath} {`, ...typeLines, ...headerLines, '    try_files $uri =404;', '}'].join('\n');
  });
  return [
    `# ${GENERATED_NOTE}`,
    '# Files other origins may read (CROSS_ORIGIN_FILES in deploy/headers.cjs).',
    ...locations,
    '',
  ].join('\n');
}

/**
 * `_headers` for Netlify, Cloudflare Pages and the like. The security headers
 * go on every path; Cache-Control only on the hashed assets, because hosts
 * combine a header matched by two rules into one comma-separated value. Their
 * default for everything else is already a revalidation.
 * @param {SiteHeaders} headers
 */
function renderHeadersFile({security, immutablePrefixes}) {
  return [
    `# ${GENERATED_NOTE}`,
    '# Other paths keep the host default Cache-Control, which revalidates (Netlify, Cloudflare Pages).',
    '/*',
    ...security.map(([name, value]) => `  ${name}: ${value}`),
    ...immutablePrefixes.flatMap((prefix) => [`${prefix}*`, `  Cache-Control: ${IMMUTABLE}`]),
    ...CROSS_ORIGIN_FILES.flatMap(({path: urlPath, contentType}) => [
      urlPath,
      `  ${CROSS_ORIGIN_HEADER[0]}: ${CROSS_ORIGIN_HEADER[1]}`,
      ...(contentType ? [`  Content-Type: ${contentType}`] : []),
    ]),
    '',
  ].join('\n');
}

/** Where the generated nginx includes live (git-ignored; deploy/nginx/helpdesk.conf includes them). */
const NGINX_GENERATED_DIR = path.join(__dirname, 'nginx/generated');

/**
 * Every generated file, as absolute path → content, for the build in
 * `buildDir`: the nginx includes in `nginxDir` and `_headers` in the build.
 * @param {string} buildDir
 * @param {string} [nginxDir]
 * @returns {Map<string, string>}
 */
function generatedFiles(buildDir, nginxDir = NGINX_GENERATED_DIR) {
  const headers = siteHeaders(buildDir);
  const nginx = Object.entries(renderNginx(headers)).map(
    ([name, content]) => /** @type {[string, string]} */ ([path.join(nginxDir, name), content]),
  );
  return new Map([...nginx, [path.join(buildDir, '_headers'), renderHeadersFile(headers)]]);
}

/**
 * Why the generated files on disk do not match the build in `buildDir` (missing,
 * or computed from another build), or null when they match. Serving with a
 * stale CSP would block the new inline scripts, or allow old ones.
 * @param {string} buildDir
 * @param {string} [nginxDir]
 * @returns {string[] | null}
 */
function staleGeneratedFiles(buildDir, nginxDir = NGINX_GENERATED_DIR) {
  const problems = [];
  for (const [file, content] of generatedFiles(buildDir, nginxDir)) {
    if (!existsSync(file)) {
      problems.push(`${file} is missing`);
    } else if (readFileSync(file, 'utf8') !== content) {
      problems.push(`${file} was generated from another build`);
    }
  }
  return problems.length > 0 ? problems : null;
}

module.exports = {
  IMMUTABLE,
  REVALIDATE,
  CALENDAR_TYPE,
  CROSS_ORIGIN_FILES,
  CROSS_ORIGIN_HEADER,
  crossOriginFile,
  renderCrossOrigin,
  htmlFiles,
  cspHash,
  inlineCode,
  inlineHashes,
  contentSecurityPolicy,
  securityHeaders,
  hashedAssetPrefixes,
  siteHeaders,
  renderNginx,
  renderHeadersFile,
  NGINX_GENERATED_DIR,
  generatedFiles,
  staleGeneratedFiles,
};
