/**
 * The one pass over the built pages. Docusaurus runs every plugin's postBuild
 * at once, so two plugins rewriting the same HTML files would lose each
 * other's changes: everything done to the built HTML happens here, in order.
 *
 * 1. JSON-LD (src/node/jsonld/pageJsonLd.ts) goes into the head of the pages that
 *    carry it, built from the same data as the pages: search engines read the
 *    HTML, and no visitor downloads the code that builds it.
 * 2. paint-first (plugins/paint-first) turns the bundle's scripts into
 *    preloads started by one inline loader.
 */
import {readdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Locale} from '../../src/data';
import {calendarFor, type SourceCalendar} from '../../src/lib/calendar/calendar';
import {PAGE_JSON_LD} from '../../src/node/jsonld/pageJsonLd';
import {serializeJsonLd} from '../../src/node/jsonld/structuredData';
import {paintFirst} from '../paint-first';

/** The page's HTML with the JSON-LD blocks at the end of its head. */
export function withJsonLd(html: string, blocks: readonly object[]): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) {
    throw new Error('html-pass: the page has no </head> to put its JSON-LD in');
  }
  const scripts = blocks.map((block) => `<script type="application/ld+json">${serializeJsonLd(block)}</script>`).join('');
  return `${html.slice(0, headEnd)}${scripts}${html.slice(headEnd)}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The built file of a route: with `trailingSlash: false`, `/a/b` is `a/b.html`. */
function routeFile(outDir: string, route: string): string {
  return path.join(outDir, `${route.slice(1)}.html`);
}

export default function htmlPassPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'html-pass',
    async postBuild({outDir, plugins}) {
      const data = plugins.find((plugin) => plugin.name === 'helpdesk-data');
      if (!data) {
        throw new Error('html-pass: the helpdesk-data plugin, whose calendar the JSON-LD states, is not loaded');
      }
      const {siteConfig, baseUrl, i18n} = context;
      const jsonLdByFile = new Map<string, object>();
      for (const [route, build] of Object.entries(PAGE_JSON_LD)) {
        jsonLdByFile.set(
          routeFile(outDir, route),
          build({
            locale: i18n.currentLocale as Locale,
            siteUrl: siteConfig.url,
            pageUrl: `${siteConfig.url}${baseUrl}${route.slice(1)}`,
            calendar: calendarFor(data.content as SourceCalendar, i18n.currentLocale as Locale),
          }),
        );
      }
      const files = await htmlFiles(outDir);
      for (const file of jsonLdByFile.keys()) {
        if (!files.includes(file)) {
          throw new Error(
            `html-pass: src/node/jsonld/pageJsonLd.ts names a page that was not built: ${path.relative(outDir, file)}`,
          );
        }
      }
      for (const file of files) {
        const html = await readFile(file, 'utf8');
        const jsonLd = jsonLdByFile.get(file);
        const rewritten = paintFirst(jsonLd ? withJsonLd(html, [jsonLd]) : html);
        if (rewritten !== html) {
          // Written aside and renamed: the search plugin reads the pages in its own postBuild meanwhile.
          await writeFile(`${file}.html-pass`, rewritten);
          await rename(`${file}.html-pass`, file);
        }
      }
    },
  };
}
