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
  /**
   * How China's official calendar changes this schedule. `observed`: closed on
   * statutory holidays (法定节假日), and open with its own intervals on make-up
   * working days (调休上班日) even when they fall on a day it does not list.
   * `ignored`: the weekly pattern holds every day (a round-the-clock channel).
   */
  holidays: HolidayBehaviour;
}

export type HolidayBehaviour = 'observed' | 'ignored';

export type ChannelId = 'ticket' | 'email' | 'qq-group' | 'wechat' | 'phone';

/**
 * How a customer starts a conversation on a channel, by what the customer does:
 * opens a link, writes an e-mail, dials a number or scans a code. Behaviour per
 * kind lives in one table, `ENTRY_KINDS` in src/lib/channels/channelEntry.ts.
 */
export type ChannelEntry =
  | {
      kind: 'link';
      /** The web page that opens the conversation: a form, a group's join page. */
      href: string;
      /** The link's words, an action: "Open a ticket". */
      label: Localized;
      /** A number to quote when the link does not open in the customer's app (a group number). */
      reference?: {label: Localized; value: string};
      /** Whether a QR code of the link is drawn, for readers on a desktop who continue on a phone. */
      qrCode: boolean;
    }
  | {kind: 'email'; address: string}
  | {
      kind: 'phone';
      /** The number in E.164 form, for `tel:` links and machines: `+8673189572759`. */
      e164: string;
      /** As dialled inside China: `0731-8957 2759`. */
      display: string;
      /** As dialled from abroad: `+86 731 8957 2759`. */
      international: string;
    }
  | {
      kind: 'scan';
      /** Paths under `static/` of the codes to scan, supplied by the site owner; none means not usable yet. */
      images: readonly {src: string; alt: Localized}[];
    };

export type EntryKind = ChannelEntry['kind'];

export type ResponsePromiseId = 'real-time' | 'within-1-hour';

/** How fast a channel answers, worded for a table cell and for running text. */
export interface ResponsePromise {
  short: Localized;
  phrase: Localized;
}

export interface Channel {
  id: ChannelId;
  /** The channel's name as a table or a list shows it: "Support ticket". */
  label: Localized;
  /**
   * The channel as running text names it, after "通过" / after "use":
   * "工单" / "a support ticket", "电话" / "the phone". Sentences that list
   * channels by what they promise are built from it.
   */
  inText: Localized;
  /**
   * The channel's name as an item of a list inside a sentence, without an article,
   * as written mid-sentence: "工单" / "support ticket", "QQ 群" / "QQ group", "微信" /
   * "WeChat". Proper nouns keep their capitals ("Telegram"); common nouns do not.
   * The holiday sentences, the holiday notice and the calendar feed list channels by it.
   */
  listName: Localized;
  schedule: ScheduleId;
  useCase: Localized;
  entry: ChannelEntry;
  /** How fast this channel answers during standard hours; null where Websoft9 promises nothing. */
  responseInStandardHours: ResponsePromiseId | null;
  /** What the channel offers outside standard hours (ARCHITECTURE.md, "Service hours"). */
  outsideStandardHours: 'first-choice' | 'urgent-only' | 'closed';
  /**
   * Who is behind the channel while it is open. `live`: a person answers there and
   * then (phone, chat). `queued`: messages are accepted at any hour and the team
   * reads them in standard hours; such a channel is never called staffed or online.
   */
  attendance: Attendance;
}

export type Attendance = 'live' | 'queued';

/**
 * Channels chosen by what the data says of them, for sentences that list them:
 * those that answer in real time, those to try first outside standard hours…
 * Only channels a customer can use today are named.
 */
export type ChannelSelector =
  {response: ResponsePromiseId} | {outsideStandardHours: Exclude<Channel['outsideStandardHours'], 'closed'>};

/** A calendar date `YYYY-MM-DD`, read in China time. */
export type IsoDate = string;

/** Consecutive days, `from` and `to` included. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** A statutory holiday or make-up working day range, with the holiday's name. */
export interface CalendarRange extends DateRange {
  /** The holiday the days belong to (a make-up day names the holiday it makes up for). */
  name: Localized;
}

/** An announced closure (src/data/closures.ts). */
export interface Closure extends DateRange {
  /** A short name for messages and the policy file, e.g. `2027-company-retreat`. */
  id: string;
  channels?: readonly ChannelId[];
  schedules?: readonly ScheduleId[];
  /** Why, as a short phrase: "公司年会" / "company retreat". */
  reason: Localized;
}

/** A year of holidays typed in by hand (MANUAL_CALENDAR in src/data/closures.ts). */
export interface ManualCalendarYear {
  year: number;
  holidays: readonly CalendarRange[];
  workdays: readonly CalendarRange[];
}
