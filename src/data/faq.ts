/**
 * THE FAQ: the one source of both the visible answers and the FAQPage JSON-LD.
 * Answers are small rich-text trees so that facts (channels, hours, promises)
 * come from the data rather than being typed into the prose.
 *
 * To add a question:
 * 1. add its id (ASCII, lower-case, hyphenated: the anchor support staff link
 *    to, never renamed) to `FAQ_IDS`;
 * 2. add an entry to `FAQ` with that id, the question in both languages and the
 *    answer as blocks, e.g. `{paragraph: ['Use ', {channels: {response: 'real-time'}}, '.']}`;
 *    a token (`Inline` below) stands wherever the answer names channels, hours
 *    or a promise;
 * 3. `npm test`.
 */
import type {ChannelId, ChannelSelector, Localized, ResponsePromiseId, ScheduleId} from './types';

export type Inline =
  | string
  | {strong: string}
  /** A link to the channel's entry, reading as its running-text name or as `text`. */
  | {channel: ChannelId; text?: string}
  /** The usable channels the data selects, each linked, joined with "or": "工单或邮件" / "a support ticket or email". */
  | {channels: ChannelSelector}
  /** When each selected channel is open, as a clause: "电话的服务时间为…" / "Phone support is available …". */
  | {hoursOf: ChannelSelector}
  /** A schedule's notation, e.g. "7×24". */
  | {notation: ScheduleId}
  /** A schedule's days and hours in China time, e.g. "Monday to Saturday, 08:00–17:30 China time". */
  | {hours: ScheduleId}
  /** A response promise worded for running text, e.g. "a response within an hour". */
  | {promise: ResponsePromiseId}
  /** Which channels close on public holidays and which stay open, one sentence drawn from the schedules. */
  | {holidayRules: true}
  /** A link to the support calendar feed of the page's language: `webcal:` for calendar apps, `https:` for the file. */
  | {calendarFeed: 'webcal' | 'https'; text: string};

export type Block =
  | {paragraph: readonly Inline[]}
  | {list: readonly (readonly Inline[])[]}
  /** The list of what to put in a ticket (src/data/ticket.ts). */
  | {ticketChecklist: true};

export const FAQ_IDS = [
  'ticket-registration',
  'ticket-replies',
  'ticket-checklist',
  'service-hours-notation',
  'standard-hours',
  'after-hours',
  'cannot-reach',
] as const;

export type FaqId = (typeof FAQ_IDS)[number];

export interface FaqEntry {
  id: FaqId;
  question: Localized;
  answer: Localized<readonly Block[]>;
}

export const FAQ: readonly FaqEntry[] = [
  {
    id: 'ticket-registration',
    question: {
      'zh-Hans': '工单系统需要注册吗？',
      en: 'Do I need an account for the ticket system?',
    },
    answer: {
      'zh-Hans': [
        {
          paragraph: [
            '可以注册，也可以不注册。不注册也能直接',
            {channel: 'ticket', text: '提交工单'},
            '，回复会通过邮件发送到您填写的邮箱地址。',
          ],
        },
      ],
      en: [
        {
          paragraph: [
            'No, it’s up to you. You can ',
            {channel: 'ticket', text: 'open a ticket'},
            ' without an account, and replies come by email to the address you give.',
          ],
        },
      ],
    },
  },
  {
    id: 'ticket-replies',
    question: {'zh-Hans': '如何查看工单反馈？', en: 'Where do I see replies to my ticket?'},
    answer: {
      'zh-Hans': [
        {
          list: [
            [{strong: '未注册：'}, '回复会通过邮件发送到您提交工单时填写的邮箱地址，直接回复该邮件即可继续沟通。'],
            [{strong: '已注册：'}, '在工单系统中或通过邮件都可以查看回复，并在任一处继续沟通。'],
          ],
        },
      ],
      en: [
        {
          list: [
            [
              {strong: 'Without an account: '},
              'replies come by email to the address you gave on the ticket. Reply to that email to keep the conversation going.',
            ],
            [
              {strong: 'With an account: '},
              'read and answer replies either in the ticket system or by email, whichever suits you.',
            ],
          ],
        },
      ],
    },
  },
  {
    id: 'ticket-checklist',
    question: {'zh-Hans': '工单里写些什么？', en: 'What should a ticket include?'},
    answer: {
      'zh-Hans': [
        {paragraph: ['为了让工程师尽快着手处理，请在工单中尽量写明：']},
        {ticketChecklist: true},
        {
          paragraph: [
            '发送',
            {channel: 'email', text: '邮件'},
            '时也请附上这些信息：点击本站的邮箱地址，新邮件的正文会自动带上这份清单。',
          ],
        },
      ],
      en: [
        {paragraph: ['To help an engineer get started right away, include as much of this as you can:']},
        {ticketChecklist: true},
        {
          paragraph: [
            'The same goes for ',
            {channel: 'email', text: 'email'},
            ': click our email address on this site and a new message opens with this list already in it.',
          ],
        },
      ],
    },
  },
  {
    id: 'service-hours-notation',
    question: {
      'zh-Hans': '6×8 / 7×24 是什么意思？',
      en: 'What do 7×24, 7×8 and 5×8 mean?',
    },
    answer: {
      'zh-Hans': [
        {paragraph: ['前一个数字是每周服务的天数，后一个数字大致是每天服务的小时数。本站用到的写法：']},
        {
          list: [
            [{notation: '7x24'}, '：', {hours: '7x24'}],
            [{notation: '7x8'}, '：', {hours: '7x8'}],
            [{notation: '5x8'}, '：', {hours: '5x8'}],
            [{notation: '6x8'}, '：', {hours: '6x8'}, '，即我们的标准支持时间'],
          ],
        },
      ],
      en: [
        {
          paragraph: [
            'The first number is how many days a week a channel is open; the second is roughly how many hours a day. The notations on this site:',
          ],
        },
        {
          list: [
            [{notation: '7x24'}, ': ', {hours: '7x24'}],
            [{notation: '7x8'}, ': ', {hours: '7x8'}],
            [{notation: '5x8'}, ': ', {hours: '5x8'}],
            [{notation: '6x8'}, ': ', {hours: '6x8'}, ' (our standard support hours)'],
          ],
        },
      ],
    },
  },
  {
    id: 'standard-hours',
    question: {'zh-Hans': '你们的标准客服支持时间是？', en: 'What are your standard support hours?'},
    answer: {
      'zh-Hans': [
        {paragraph: ['我们的标准支持时间是', {hours: '6x8'}, '。']},
        {
          paragraph: [
            '在此期间，需要',
            {promise: 'real-time'},
            '时，请通过',
            {channels: {response: 'real-time'}},
            '联系我们；可以接受 ',
            {promise: 'within-1-hour'},
            '时，请通过',
            {channels: {response: 'within-1-hour'}},
            '联系我们。',
          ],
        },
      ],
      en: [
        {paragraph: ['Our standard support hours are ', {hours: '6x8'}, '.']},
        {
          paragraph: [
            'During those hours, if you need ',
            {promise: 'real-time'},
            ', use ',
            {channels: {response: 'real-time'}},
            '. If ',
            {promise: 'within-1-hour'},
            ' works for you, use ',
            {channels: {response: 'within-1-hour'}},
            '.',
          ],
        },
      ],
    },
  },
  {
    id: 'after-hours',
    question: {
      'zh-Hans': '非标准工作时间怎么获得支持？',
      en: 'How do I get help outside standard hours?',
    },
    answer: {
      'zh-Hans': [
        {
          paragraph: [
            '请优先通过',
            {channels: {outsideStandardHours: 'first-choice'}},
            '联系我们：标准支持时间以外也照常受理，我们会在标准支持时间开始后阅读和回复。情况紧急时，也可以通过',
            {channels: {outsideStandardHours: 'urgent-only'}},
            '联系我们：',
            {hoursOf: {outsideStandardHours: 'urgent-only'}},
            '。',
          ],
        },
        {paragraph: [{holidayRules: true}]},
        {
          paragraph: [
            '节假日、调休上班日和临时停止服务的安排可以',
            {calendarFeed: 'webcal', text: '订阅到日历应用'},
            '，也可以',
            {calendarFeed: 'https', text: '下载 .ics 文件'},
            '。',
          ],
        },
      ],
      en: [
        {
          paragraph: [
            'Start with ',
            {channels: {outsideStandardHours: 'first-choice'}},
            ': we accept them outside standard hours too, and the team reads and answers them once standard hours begin. If it’s urgent, you can also use ',
            {channels: {outsideStandardHours: 'urgent-only'}},
            '. ',
            {hoursOf: {outsideStandardHours: 'urgent-only'}},
            '.',
          ],
        },
        {paragraph: [{holidayRules: true}]},
        {
          paragraph: [
            'Public holidays, make-up working days and announced closures are also available as a calendar: ',
            {calendarFeed: 'webcal', text: 'subscribe in your calendar app'},
            ' or ',
            {calendarFeed: 'https', text: 'download the .ics file'},
            '.',
          ],
        },
      ],
    },
  },
  {
    id: 'cannot-reach',
    question: {'zh-Hans': '无法联系到人工？', en: 'I can’t reach a person. What now?'},
    answer: {
      'zh-Hans': [
        {paragraph: ['我们的客户成功团队非常乐意与您沟通。']},
        {
          paragraph: [
            '如果一时没有联系上，通常是一些临时状况：电话占线或转接失败、午休、消息没有及时看到等。请稍后再试或等待我们的回复，也可以换一个渠道再试。',
          ],
        },
      ],
      en: [
        {paragraph: ['Our customer success team is glad to hear from you.']},
        {
          paragraph: [
            'If you didn’t get through, it’s usually something temporary: a busy line or a failed transfer, a lunch break, or a message we haven’t seen yet. Try again a little later or wait for our reply, or try another channel.',
          ],
        },
      ],
    },
  },
];
