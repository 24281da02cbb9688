/**
 * THE SUPPORT CHANNELS: what each one is, when it is open, how fast it answers.
 * Every table, badge, panel, FAQ sentence, JSON-LD block and support-policy.json
 * reads this file; no page types a channel fact.
 *
 * To change a phone number, an address or a link: edit its `entry` below.
 * To add a channel:
 * 1. add its id to `ChannelId` in ./types.ts;
 * 2. add an entry to `CHANNELS`: `label` and `inText` in both languages, a
 *    `schedule` of ./hours.ts, `useCase`, an `entry` (link, email, phone or scan),
 *    `responseInStandardHours`, `outsideStandardHours` and `attendance`
 *    (`live`: a person answers while open; `queued`: read in standard hours);
 * 3. `npm test`: the build names the entry on a mistake.
 * A channel is offered only while its entry is usable (a link, an address, a
 * number, or at least one QR image): WeChat comes back everywhere once its
 * `entry.images` lists the codes put in static/img/.
 */
import {type Channel, type ChannelId, type Locale, type Localized, type ResponsePromise, type ResponsePromiseId} from './types';

/** The response promises Websoft9 makes (ARCHITECTURE.md, "Service hours"). */
export const RESPONSE_PROMISES: Record<ResponsePromiseId, ResponsePromise> = {
  'real-time': {
    short: {'zh-Hans': '实时响应', en: 'immediate'},
    phrase: {'zh-Hans': '实时响应', en: 'a real-time response'},
  },
  'within-1-hour': {
    short: {'zh-Hans': '1 小时内响应', en: 'within an hour'},
    phrase: {'zh-Hans': '1 小时内响应', en: 'a response within an hour'},
  },
};

/**
 * The languages support answers in, as the site owner declares them. Empty says
 * nothing: the site is published in two languages, but that does not tell which
 * languages the phone or the QQ group speak. To declare, list them here, e.g.
 * `['zh-Hans', 'en']`: the contact page then says so and every channel's JSON-LD
 * gets `availableLanguage`.
 */
export const SUPPORT_LANGUAGES: readonly Locale[] = [];

/** Each support language's name, in each locale of the site. */
export const LANGUAGE_NAMES: Record<Locale, Localized> = {
  'zh-Hans': {'zh-Hans': '中文', en: 'Chinese'},
  en: {'zh-Hans': '英文', en: 'English'},
};

/** The channel the help page recommends for any incident. */
export const RECOMMENDED_CHANNEL: ChannelId = 'ticket';

/** The human support channels, in the order Websoft9 has always listed them (ARCHITECTURE.md, "Pages and stable anchors"). */
export const CHANNELS: readonly Channel[] = [
  {
    id: 'ticket',
    label: {'zh-Hans': '工单', en: 'Support ticket'},
    inText: {'zh-Hans': '工单', en: 'a support ticket'},
    listName: {'zh-Hans': '工单', en: 'support ticket'},
    schedule: '7x24',
    useCase: {'zh-Hans': '处理故障', en: 'Troubleshooting and incidents'},
    entry: {
      kind: 'link',
      href: 'https://share.hsforms.com/1V3u-6EPoRgOKEdi9kSk12w568t5',
      label: {'zh-Hans': '提交工单', en: 'Open a ticket'},
      qrCode: true,
    },
    responseInStandardHours: 'within-1-hour',
    outsideStandardHours: 'first-choice',
    attendance: 'queued',
  },
  {
    id: 'email',
    label: {'zh-Hans': '邮箱', en: 'Email'},
    inText: {'zh-Hans': '邮件', en: 'email'},
    listName: {'zh-Hans': '邮箱', en: 'email'},
    schedule: '7x24',
    useCase: {'zh-Hans': '处理故障，商务合作', en: 'Incidents and partnerships'},
    entry: {kind: 'email', address: 'help@websoft9.com'},
    responseInStandardHours: 'within-1-hour',
    outsideStandardHours: 'first-choice',
    attendance: 'queued',
  },
  {
    id: 'qq-group',
    label: {'zh-Hans': 'QQ 群', en: 'QQ group'},
    inText: {'zh-Hans': 'QQ 群', en: 'our QQ group'},
    listName: {'zh-Hans': 'QQ 群', en: 'QQ group'},
    schedule: '5x8',
    useCase: {'zh-Hans': '交流咨询', en: 'Questions and discussion'},
    entry: {
      kind: 'link',
      href: 'http://shang.qq.com/wpa/qunwpa?idkey=97f84fb81422d72ef343017e250275c565fdde58ae4d6e2cea2d22fdb0651215',
      label: {'zh-Hans': '加入 QQ 群', en: 'Join the QQ group'},
      reference: {label: {'zh-Hans': '群号', en: 'Group number'}, value: '128631425'},
      qrCode: true,
    },
    // No response time is promised for the group: only WeChat and the phone answer in real time.
    responseInStandardHours: null,
    outsideStandardHours: 'closed',
    attendance: 'live',
  },
  {
    id: 'wechat',
    label: {'zh-Hans': '微信', en: 'WeChat'},
    inText: {'zh-Hans': '微信', en: 'WeChat'},
    listName: {'zh-Hans': '微信', en: 'WeChat'},
    schedule: '5x8',
    useCase: {'zh-Hans': '交流咨询', en: 'Questions and discussion'},
    // The site owner supplies the support staff's WeChat QR images; none ship today.
    entry: {kind: 'scan', images: []},
    responseInStandardHours: 'real-time',
    outsideStandardHours: 'closed',
    attendance: 'live',
  },
  {
    id: 'phone',
    label: {'zh-Hans': '电话', en: 'Phone'},
    inText: {'zh-Hans': '电话', en: 'the phone'},
    listName: {'zh-Hans': '电话', en: 'phone'},
    schedule: '7x8',
    useCase: {'zh-Hans': '售前咨询或紧急故障', en: 'Pre-sales questions and urgent incidents'},
    entry: {kind: 'phone', e164: '+8673189572759', display: '0731-8957 2759', international: '+86 731 8957 2759'},
    responseInStandardHours: 'real-time',
    outsideStandardHours: 'urgent-only',
    attendance: 'live',
  },
];
