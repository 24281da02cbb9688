/**
 * What each kind of channel entry does, in one table. A new kind in
 * `ChannelEntry` is a compile error here until every behaviour is written, and
 * every consumer (links, table, JSON-LD, policy file, QR codes)
 * goes through these functions instead of switching on the kind itself.
 */
import {CHANNELS} from '../../data/channels';
import type {Channel, ChannelEntry, EntryKind, Locale, Localized} from '../../data/types';
import {SUPPORT_EMAIL_INTRO, SUPPORT_EMAIL_SUBJECT, TICKET_CHECKLIST} from '../../data/ticket';

type EntryOf<K extends EntryKind> = Extract<ChannelEntry, {kind: K}>;

/** The ways a machine can reach an entry, named as schema.org's ContactPoint names them. */
export interface MachineContact {
  telephone?: string;
  email?: string;
  url?: string;
}

/** A fact printed beside an entry's link: a group number, the number to dial from abroad. */
export interface EntryDetail {
  label: Localized;
  value: string;
}

interface EntryBehaviour<E extends ChannelEntry> {
  /** The entry's address as a link, for machines (policy file, tests): null when there is nothing to follow. */
  href(entry: E): string | null;
  /** The link a page offers a reader of `locale`: the address, with anything that helps pre-filled. */
  pageHref(entry: E, locale: Locale): string | null;
  /** Facts shown beside the link, in the reader's locale. */
  details(entry: E): EntryDetail[];
  /** The words of a link to the entry; null to use the channel's name. */
  linkText(entry: E, locale: Locale): string | null;
  /** Whether a customer can start a conversation through it today. */
  usable(entry: E): boolean;
  /** The link a QR code beside the entry encodes, or null when none is drawn. */
  qrTarget(entry: E): string | null;
  contact(entry: E): MachineContact | null;
  /** The entry's own facts in /support-policy.json. */
  policy(entry: E): Record<string, unknown>;
}

const DIALLED_FROM_ABROAD: Localized = {'zh-Hans': '境外拨打', en: 'From outside China'};

/**
 * `mailto:` with the support subject and the ticket checklist as the body, in
 * the reader's language (RFC 6068: percent-encoded, lines end in CRLF).
 */
export function supportMailto(address: string, locale: Locale): string {
  const separator = locale === 'en' ? ': ' : '：';
  const body = [SUPPORT_EMAIL_INTRO[locale], '', ...TICKET_CHECKLIST.map((item) => `${item[locale]}${separator}`)].join('\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(SUPPORT_EMAIL_SUBJECT[locale])}&body=${encodeURIComponent(body)}`;
}

export const ENTRY_KINDS: {[K in EntryKind]: EntryBehaviour<EntryOf<K>>} = {
  link: {
    href: (entry) => entry.href,
    pageHref: (entry) => entry.href,
    details: (entry) => (entry.reference ? [entry.reference] : []),
    linkText: (entry, locale) => entry.label[locale],
    usable: () => true,
    qrTarget: (entry) => (entry.qrCode ? entry.href : null),
    contact: (entry) => ({url: entry.href}),
    policy: (entry) => ({url: entry.href, ...(entry.reference && {reference: entry.reference})}),
  },
  email: {
    href: (entry) => `mailto:${entry.address}`,
    pageHref: (entry, locale) => supportMailto(entry.address, locale),
    details: () => [],
    linkText: (entry) => entry.address,
    usable: () => true,
    qrTarget: () => null,
    contact: (entry) => ({email: entry.address}),
    policy: (entry) => ({email: entry.address}),
  },
  phone: {
    href: (entry) => `tel:${entry.e164}`,
    pageHref: (entry) => `tel:${entry.e164}`,
    details: (entry) => [{label: DIALLED_FROM_ABROAD, value: entry.international}],
    linkText: (entry) => entry.display,
    usable: () => true,
    qrTarget: () => null,
    contact: (entry) => ({telephone: entry.e164}),
    policy: (entry) => ({telephone: entry.e164, displayNumber: entry.display, internationalNumber: entry.international}),
  },
  scan: {
    href: () => null,
    pageHref: () => null,
    details: () => [],
    linkText: () => null,
    usable: (entry) => entry.images.length > 0,
    qrTarget: () => null,
    // Scanned with a phone: nothing a machine could dial or open.
    contact: () => null,
    policy: (entry) => ({images: entry.images.map((image) => image.src)}),
  },
};

/** The row of the table for this entry's own kind. */
function behaviourOf<E extends ChannelEntry>(entry: E): EntryBehaviour<E> {
  // Sound: the table is indexed by the entry's own kind, and its type ties each row to that kind.
  return ENTRY_KINDS[entry.kind] as unknown as EntryBehaviour<E>;
}

export const entryHref = (entry: ChannelEntry): string | null => behaviourOf(entry).href(entry);
export const channelHref = (channel: Channel): string | null => entryHref(channel.entry);
/** The link a page gives a reader of `locale` to start a conversation on the channel. */
export const channelPageHref = (channel: Channel, locale: Locale): string | null =>
  behaviourOf(channel.entry).pageHref(channel.entry, locale);
export const channelDetails = (channel: Channel): EntryDetail[] => behaviourOf(channel.entry).details(channel.entry);
export const entryQrTarget = (entry: ChannelEntry): string | null => behaviourOf(entry).qrTarget(entry);
export const entryContact = (entry: ChannelEntry): MachineContact | null => behaviourOf(entry).contact(entry);
export const entryPolicy = (entry: ChannelEntry): Record<string, unknown> => behaviourOf(entry).policy(entry);

/** The words of a link to the channel: the form's action, the address, the number, else its name. */
export function channelLinkText(channel: Channel, locale: Locale): string {
  return behaviourOf(channel.entry).linkText(channel.entry, locale) ?? channel.label[locale];
}

/** Whether a customer can use the channel today (a scan channel needs at least one code). */
export function isUsable(channel: Channel): boolean {
  return behaviourOf(channel.entry).usable(channel.entry);
}

/**
 * The channels the site offers, in data order: those a customer can use today.
 * A channel without a usable entry (WeChat before its QR codes are published) has
 * no row, badge, hours, promise, count or JSON-LD anywhere; adding its entry brings
 * it back everywhere. Every list of channels a reader or a machine sees starts here.
 */
export function offeredChannels(): Channel[] {
  return CHANNELS.filter(isUsable);
}
