/**
 * Build-time side of the helpdesk data: validates src/data (a bad entry fails the
 * build), draws the channels' QR codes as SVG files, and publishes the
 * machine-readable support policy, the support calendar feed of each locale
 * (src/node/feeds/supportCalendar.ts), the embeddable status element (./statusModule.ts)
 * and robots.txt.
 * It also reads the holiday calendar once per build, warns when a year the visitors
 * need is missing, and gives pages the years they need as global data
 * (`useCalendar`), a few hundred bytes, instead of the package's every year, and
 * names in the build's language only.
 */
import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import QRCode from 'qrcode';
import {CHANNELS, FAQ_IDS, SCHEDULES, type Locale} from '../../src/data';
import {CLOSURES, MANUAL_CALENDAR} from '../../src/data/closures';
import {assertValid} from '../../src/node/validate/validate';
import {calendarFor, type SourceCalendar} from '../../src/lib/calendar/calendar';
import {coverageWarnings, loadCalendar, neededYears} from '../../src/node/calendar/calendarSource';
import {entryQrTarget} from '../../src/lib/channels/channelEntry';
import {QR_CODE_DIR} from '../../src/lib/published/qrCode';
import {buildSupportPolicy} from '../../src/node/feeds/supportPolicy';
import {calendarFeedPath, STATUS_MODULE_PATH, SUPPORT_POLICY_PATH} from '../../src/lib/published/feedPaths';
import {supportCalendarFeed} from '../../src/node/feeds/supportCalendar';
import {bundleStatusModule} from './statusModule';

/** Files this plugin generates for the site root, outside the source tree; docusaurus.config.ts lists it in staticDirectories. */
export const GENERATED_STATIC_DIR = '.docusaurus/helpdesk-data-static';

/** Allows everything and names the sitemap of every locale, at the configured site URL. */
function robotsTxt({siteConfig, i18n}: LoadContext): string {
  const origin = `${siteConfig.url}${siteConfig.baseUrl}`;
  const sitemaps = i18n.locales.map((locale) =>
    locale === i18n.defaultLocale ? `${origin}sitemap.xml` : `${origin}${locale}/sitemap.xml`,
  );
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

export default function helpdeskDataPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'helpdesk-data',

    async loadContent(): Promise<SourceCalendar> {
      assertValid({
        schedules: SCHEDULES,
        channels: CHANNELS,
        faqIds: FAQ_IDS,
        closures: CLOSURES,
        manualCalendar: MANUAL_CALENDAR,
      });
      // Drawn into a generated static directory (see GENERATED_STATIC_DIR) so that dev and build
      // serve them alike. As cached files behind <img>, they cost the page's JavaScript nothing.
      const dir = path.join(context.siteDir, GENERATED_STATIC_DIR, QR_CODE_DIR);
      await rm(dir, {recursive: true, force: true});
      await mkdir(dir, {recursive: true});
      for (const channel of CHANNELS) {
        const target = entryQrTarget(channel.entry);
        if (target) {
          const svg = await QRCode.toString(target, {type: 'svg', margin: 2, errorCorrectionLevel: 'M'});
          await writeFile(path.join(dir, `${channel.id}.svg`), svg);
        }
      }
      const buildInstant = new Date();
      const {calendar, warnings} = loadCalendar(neededYears(buildInstant));
      for (const warning of [...warnings, ...coverageWarnings(calendar, buildInstant)]) {
        console.warn(`[helpdesk-data] ${warning}`);
      }
      return calendar;
    },

    async contentLoaded({content, actions}) {
      actions.setGlobalData(calendarFor(content as SourceCalendar, context.i18n.currentLocale as Locale));
    },

    async postBuild({outDir, content}) {
      const locale = context.i18n.currentLocale as Locale;
      // Each locale's build writes its own feed into its own folder (build/, build/en/).
      const feed = supportCalendarFeed(content as SourceCalendar, locale, context.siteConfig.url, new Date());
      await writeFile(path.join(outDir, path.basename(calendarFeedPath(locale))), feed);
      if (locale !== context.i18n.defaultLocale) {
        return;
      }
      const policy = buildSupportPolicy(context.siteConfig.url, content as SourceCalendar);
      await writeFile(path.join(outDir, SUPPORT_POLICY_PATH.slice(1)), `${JSON.stringify(policy, null, 2)}\n`);
      await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(context));
      await writeFile(path.join(outDir, STATUS_MODULE_PATH.slice(1)), await bundleStatusModule(context.siteDir));
    },
  };
}
