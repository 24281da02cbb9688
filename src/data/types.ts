/**
 * Shapes of the helpdesk facts. Everything a page, badge, JSON-LD block or test
 * shows about channels and hours comes from values of these types.
 */

/** The two locales of the site; `zh-Hans` is the default. */
export const LOCALES = ['zh-Hans', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every locale of the site. */
export type Localized<T = string> = Record<Locale, T>;

/** ISO-8601 weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock time `HH:MM` in the schedule's time zone; `24:00` means end of day. */
export type WallTime = `${number}:${number}`;

/** Half-open interval [start, end) on one day. */
export interface DailyInterval {
  start: WallTime;
  end: WallTime;
}

export type ScheduleId = '7x24' | '7x8' | '5x8' | '6x8';

export interface Schedule {
  id: ScheduleId;
  /** How the notation is written on the page, e.g. `7×24`. */
  notation: string;
  /** IANA time zone in which `days` and `intervals` are read. */
  timeZone: string;
  days: readonly Weekday[];
  intervals: readonly DailyInterval[];
  /** One line explaining the notation, for the FAQ and the hours table. */
  meaning: Localized;
}

export type ChannelId = 'ticket' | 'email' | 'qq-group' | 'wechat' | 'phone';

/** How a customer starts a conversation on a channel. */
export type ChannelEntry =
  | { kind: 'form'; href: string; label: Localized }
  | { kind: 'email'; address: string }
  | { kind: 'phone'; e164: string; display: string }
  | { kind: 'qq-group'; href: string; groupNumber: string; label: Localized }
  | {
      kind: 'wechat';
      /** Paths under `static/` of QR images supplied by the site owner. */
      qrImages: readonly { src: string; alt: Localized }[];
    };

export type ResponsePromiseId = 'real-time' | 'within-1-hour';

/** How fast a channel answers, worded for a table cell and for running text. */
export interface ResponsePromise {
  short: Localized;
  phrase: Localized;
}

export interface Channel {
  id: ChannelId;
  label: Localized;
  schedule: ScheduleId;
  useCase: Localized;
  entry: ChannelEntry;
  /** Whether a QR code of the entry link is generated, for readers on a desktop. */
  qrCode: boolean;
  /** How fast this channel answers during standard hours. */
  responseInStandardHours: ResponsePromiseId;
  /** What the channel offers outside standard hours (the seed's FAQ). */
  outsideStandardHours: 'first-choice' | 'urgent-only' | 'closed';
}
