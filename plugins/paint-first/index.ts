/**
 * Paint first, hydrate after. Docusaurus puts its bundle in `<script defer>`
 * tags, which run before DOMContentLoaded; on a slow phone the bundle has often
 * arrived (or is cached) before the first frame, so React hydrates before the
 * browser has drawn the server HTML, and the visitor waits for JavaScript to see
 * text that was already there (Lighthouse: most of the contact page's LCP was
 * render delay). After the build, every HTML page of every locale keeps those
 * scripts as `<link rel=preload>` (they still download at once) and gets one
 * inline loader (loader.js) that starts them in order once the page has been
 * drawn. The loader's text is the same on every page, so the CSP that
 * scripts/generate-headers.mjs computes from the build needs a single hash for
 * it. Docusaurus' base-URL banner check must be off (docusaurus.config.ts): it
 * runs at DOMContentLoaded, finds no bundle yet and inserts a banner whose
 * inline styles the CSP refuses. plugins/html-pass applies it to the built pages.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {HtmlTagObject} from '@docusaurus/types';
import {SUPPORT_TIME_ZONE} from '../../src/data';
import {FIXED_UTC_OFFSET_MINUTES} from '../../src/lib/time/schedule';

/**
 * Docusaurus' main wrapper (SkipToContentFallbackId in @docusaurus/theme-common),
 * opened right after the navbar on every page. The first frame waits until the
 * parser reaches it: a document that arrives slowly, or a parser slowed by a busy
 * CPU, would otherwise be drawn with half a navbar, whose right-aligned items
 * then move as the rest arrives (a layout shift before any script runs).
 * Browsers without `rel=expect` draw as before.
 */
export const FIRST_PAINT_AFTER_ID = '__docusaurus_skipToContent_fallback';

/** The head tag that holds the first frame back until FIRST_PAINT_AFTER_ID is parsed (docusaurus.config.ts). */
export const FIRST_PAINT_HEAD_TAG = {
  tagName: 'link',
  attributes: {rel: 'expect', href: `#${FIRST_PAINT_AFTER_ID}`, blocking: 'render'},
} satisfies HtmlTagObject;

const CHINA_OFFSET_MINUTES = FIXED_UTC_OFFSET_MINUTES[SUPPORT_TIME_ZONE];
if (CHINA_OFFSET_MINUTES === undefined) {
  throw new Error(`paint-first: no fixed UTC offset for ${SUPPORT_TIME_ZONE} in src/lib/time/schedule.ts`);
}

/**
 * `<html data-clock=china>`, set before the first paint when the visitor's clock
 * reads China time. Their badges then name one zone, not two, and
 * src/components/ServiceHoursBadge/styles.module.css keeps the space of those
 * shorter words (reserve.ts) instead of leaving empty lines under every badge.
 */
export const CHINA_CLOCK_HEAD_TAG = {
  tagName: 'script',
  attributes: {},
  // getTimezoneOffset counts the other way round: -480 is UTC+8.
  innerHTML: `if(new Date().getTimezoneOffset()==${-CHINA_OFFSET_MINUTES})document.documentElement.setAttribute('data-clock','china')`,
} satisfies HtmlTagObject;

/** The loader as it is inlined: without its comment lines and indentation. */
export const LOADER = readFileSync(path.join(__dirname, 'loader.js'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//'))
  .join('\n');

/** The attribute that marks the preloads the loader turns back into scripts (loader.js looks for it). */
const PRELOAD_MARK = 'data-paint-first';

/** A deferred external script of the bundle, as the minified (or unminified) HTML writes it. */
const DEFERRED_SCRIPT = /<script\s([^>]*)>\s*<\/script\s*>/gi;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|$)`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/**
 * One page's HTML with its deferred scripts turned into preloads plus the
 * loader after the last of them. A page without deferred scripts (or one
 * already rewritten) comes back unchanged.
 */
export function paintFirst(html: string): string {
  let preloads = 0;
  const rewritten = html.replace(DEFERRED_SCRIPT, (tag: string, attributes: string) => {
    const src = attribute(attributes, 'src');
    if (src === null || attribute(attributes, 'defer') === null || attribute(attributes, 'async') !== null) {
      return tag;
    }
    if (attribute(attributes, 'type') !== null || src.includes('"')) {
      throw new Error(`paint-first: cannot rewrite ${tag}`);
    }
    preloads += 1;
    return `<link rel=preload href="${src}" as=script ${PRELOAD_MARK}>`;
  });
  if (preloads === 0) {
    return html;
  }
  const afterLastPreload = rewritten.lastIndexOf(` ${PRELOAD_MARK}>`) + ` ${PRELOAD_MARK}>`.length;
  return `${rewritten.slice(0, afterLastPreload)}<script>${LOADER}</script>${rewritten.slice(afterLastPreload)}`;
}
