/**
 * Reading the production build as files: which file answers a URL path (the
 * clean-URL rules of scripts/serve.mjs and the nginx config), the ids a page
 * holds and the links it makes. For contract tests that need no browser.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {filesUnder} from '../../tools/files.cjs';
import {tagsWithAttribute} from './html';

export {SITE_URL} from '../../tools/site.mjs';

export const BUILD_DIR = path.resolve(__dirname, '../../build');

/** Every HTML file of the build, as paths relative to build/ with forward slashes. */
export function builtHtmlFiles(): string[] {
  return filesUnder(BUILD_DIR, (name) => name.endsWith('.html')).map((file) =>
    path.relative(BUILD_DIR, file).split(path.sep).join('/'),
  );
}

/** The URL path a built HTML file is served at (`helpdesk/faq.html` → `/helpdesk/faq`, `en/index.html` → `/en/`). */
export function urlPathOf(file: string): string {
  if (file === 'index.html') {
    return '/';
  }
  if (file.endsWith('/index.html')) {
    return `/${file.slice(0, -'index.html'.length)}`;
  }
  return `/${file.replace(/\.html$/, '')}`;
}

/** The build file that answers `urlPath`, or null: the file itself, `<path>.html` or `<path>/index.html`. */
export function fileForUrlPath(urlPath: string): string | null {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const candidates = [relative, `${relative}.html`, path.posix.join(relative, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(BUILD_DIR, candidate);
    if (file.startsWith(BUILD_DIR) && existsSync(file) && statSync(file).isFile()) {
      return candidate;
    }
  }
  return null;
}

export function readBuilt(file: string): string {
  return readFileSync(path.join(BUILD_DIR, file), 'utf8');
}

/** Every `id` attribute in an HTML document. */
export function idsIn(html: string): Set<string> {
  return new Set(tagsWithAttribute(html, 'id').map((attributes) => attributes.id!));
}

/** Every `<link>`/`<meta>` start tag of the document's head, as attribute maps. */
export function headTags(html: string, tag: 'link' | 'meta'): Record<string, string>[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(new RegExp(`<${tag}\\s[^>]*>`, 'g'))].flatMap((match) =>
    tagsWithAttribute(match[0], tag === 'link' ? 'rel' : 'content'),
  );
}

/** The parsed JSON-LD blocks of a document. */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script[^>]*type="?application\/ld\+json"?[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );
}
