/**
 * Build-time side of the helpdesk data: validates src/data (a bad entry fails the
 * build), renders the QR codes as SVG path data so the browser needs no QR
 * library, and publishes the machine-readable support policy.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import QRCode from 'qrcode';
import {CHANNELS, FAQ_IDS, SCHEDULES, channelHref} from '../../src/data';
import {assertValid} from '../../src/data/validate';
import {buildSupportPolicy} from '../../src/lib/supportPolicy';

export interface QrCodeSvg {
  /** Side of the square viewBox, in modules. */
  size: number;
  /** One path drawing every dark module, stroked 1 unit wide. */
  path: string;
}

export type QrCodes = Record<string, QrCodeSvg>;

async function qrCodeSvg(text: string): Promise<QrCodeSvg> {
  const svg = await QRCode.toString(text, {type: 'svg', margin: 1, errorCorrectionLevel: 'M'});
  const size = /viewBox="0 0 (\d+) \1"/.exec(svg)?.[1];
  const dark = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !dark) {
    throw new Error(`qrcode produced SVG this plugin cannot read: ${svg.slice(0, 120)}`);
  }
  return {size: Number(size), path: dark};
}

export default function helpdeskDataPlugin(context: LoadContext): Plugin<QrCodes> {
  return {
    name: 'helpdesk-data',

    async loadContent() {
      assertValid({schedules: SCHEDULES, channels: CHANNELS, faqIds: FAQ_IDS});
      const codes: QrCodes = {};
      for (const channel of CHANNELS) {
        const href = channelHref(channel);
        if (channel.qrCode && href) {
          codes[channel.id] = await qrCodeSvg(href);
        }
      }
      return codes;
    },

    async contentLoaded({content, actions}) {
      // Imported by the ChannelTable as @generated/helpdesk-data/default/qr-codes.json,
      // so only the pages that show the table carry the codes.
      await actions.createData('qr-codes.json', JSON.stringify(content));
    },

    async postBuild({outDir}) {
      if (context.i18n.currentLocale !== context.i18n.defaultLocale) {
        return;
      }
      const policy = buildSupportPolicy(context.siteConfig.url);
      await writeFile(path.join(outDir, 'support-policy.json'), `${JSON.stringify(policy, null, 2)}\n`);
    },
  };
}
