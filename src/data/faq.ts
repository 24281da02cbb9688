/**
 * The FAQ: the one source of both the visible answers and the FAQPage JSON-LD.
 * Answers are small rich-text trees so that facts (channels, hours, promises)
 * come from the data rather than being typed into the prose.
 */
import type {ChannelId, Localized, ResponsePromiseId, ScheduleId} from './types';

export type Inline =
  | string
  | {strong: string}
  | {link: string; href: string}
  /** A link to the channel's entry, reading as its label or, in running text, as `text`. */
  | {channel: ChannelId; text?: string}
  /** A schedule's notation, e.g. "7×24". */
  | {notation: ScheduleId}
  /** A schedule's days and hours in China time, e.g. "Monday to Saturday, 08:00–17:30 China time". */
  | {hours: ScheduleId}
  /** A response promise worded for running text, e.g. "a reply within an hour". */
  | {promise: ResponsePromiseId}
  /** Which channels close on public holidays and which stay open, one sentence drawn from the schedules. */
  | {holidayRules: true};

export type Block = {paragraph: readonly Inline[]} | {list: readonly (readonly Inline[])[]};

export const FAQ_IDS = [
  'ticket-registration',
  'ticket-replies',
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
            '不需要。直接',
            {channel: 'ticket'},
            '即可，留下邮箱就能收到回复；如果希望在一个地方查看所有历史工单，也可以注册账号。',
          ],
        },
      ],
      en: [
        {
          paragraph: [
            'No. You can ',
            {channel: 'ticket', text: 'open a ticket'},
            ' with just your email address. Creating an account is optional; it lets you see all your past tickets in one place.',
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
            [{strong: '未注册：'}, '回复会发送到您提交工单时填写的邮箱，直接回复该邮件即可继续沟通。'],
            [{strong: '已注册：'}, '登录工单系统或查看邮箱都可以看到回复，并在任一处继续跟进。'],
          ],
        },
      ],
      en: [
        {
          list: [
            [
              {strong: 'Without an account: '},
              'replies go to the email address you gave on the ticket. Answer that email to keep the conversation going.',
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
    id: 'service-hours-notation',
    question: {
      'zh-Hans': '6×8 / 7×24 是什么意思？',
      en: 'What do 7×24, 7×8 and 5×8 mean?',
    },
    answer: {
      'zh-Hans': [
        {paragraph: ['前一个数字是每周提供服务的天数，后一个数字大致是每天的服务时长。本站用到的写法：']},
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
            'The first number is how many days a week a channel is staffed; the second is roughly how many hours a day. The notations on this site:',
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
            '这段时间内，需要',
            {promise: 'real-time'},
            '请通过',
            {channel: 'wechat'},
            '或',
            {channel: 'phone'},
            '联系我们；可以接受',
            {promise: 'within-1-hour'},
            '的，请使用',
            {channel: 'ticket'},
            '或',
            {channel: 'email'},
            '。',
          ],
        },
      ],
      en: [
        {paragraph: ['Our standard support hours are ', {hours: '6x8'}, '.']},
        {
          paragraph: [
            'During those hours, reach us on ',
            {channel: 'wechat'},
            ' or by ',
            {channel: 'phone', text: 'phone'},
            ' for ',
            {promise: 'real-time'},
            '. If ',
            {promise: 'within-1-hour'},
            ' works for you, ',
            {channel: 'ticket', text: 'open a ticket'},
            ' or ',
            {channel: 'email', text: 'send us an email'},
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
            '请优先提交',
            {channel: 'ticket'},
            '或发送',
            {channel: 'email'},
            '，这两个渠道全天候受理；遇到紧急故障，也可以拨打',
            {channel: 'phone'},
            '。',
          ],
        },
        {paragraph: [{holidayRules: true}]},
      ],
      en: [
        {
          paragraph: [
            'Start with a ',
            {channel: 'ticket', text: 'support ticket'},
            ' or an ',
            {channel: 'email', text: 'email'},
            ': both are taken around the clock. If the problem is urgent, you can also ',
            {channel: 'phone', text: 'call us'},
            '.',
          ],
        },
        {paragraph: [{holidayRules: true}]},
      ],
    },
  },
  {
    id: 'cannot-reach',
    question: {'zh-Hans': '无法联系到人工？', en: "I can't reach a person. What now?"},
    answer: {
      'zh-Hans': [
        {paragraph: ['我们的客户成功团队随时准备为您服务，也非常乐意与您沟通。']},
        {
          paragraph: [
            '偶尔没能联系上，通常是一些临时状况：电话占线或转接失败、午休、消息没有及时看到等。请稍后再试或等待我们的回复，也可以换一个渠道联系，例如',
            {channel: 'ticket'},
            '，它全天候受理并会留下记录。',
          ],
        },
      ],
      en: [
        {paragraph: ['Our customer success team is here to help, and we always want to hear from you.']},
        {
          paragraph: [
            "If you didn't get through, it's usually something temporary: a busy line or a dropped transfer, a lunch break, or a message we haven't seen yet. Try again a little later or wait for our reply, or switch to another channel, such as a ",
            {channel: 'ticket', text: 'support ticket'},
            ', which is taken around the clock and keeps a record of your request.',
          ],
        },
      ],
    },
  },
];
