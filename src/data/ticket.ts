/**
 * WHAT TO PUT IN A TICKET: the contact page and the FAQ's `ticket-checklist`
 * list it, and the e-mail link pre-fills it as the body.
 *
 * To add an item: add a line to `TICKET_CHECKLIST` in both languages.
 */
import type {Localized} from './types';

/**
 * What to put in a ticket or an e-mail so that an engineer can start at once.
 * The contact page and the FAQ list it; the e-mail link pre-fills it as the body.
 */
export const TICKET_CHECKLIST: readonly Localized[] = [
  {'zh-Hans': '云平台（如阿里云、腾讯云、AWS）', en: 'Cloud platform (for example Alibaba Cloud, Tencent Cloud or AWS)'},
  {'zh-Hans': '镜像名称和版本', en: 'Image name and version'},
  {'zh-Hans': '实例的 IP 地址或实例 ID', en: 'Instance IP address or instance ID'},
  {'zh-Hans': '订单号（付费镜像）', en: 'Order number (paid images)'},
  {'zh-Hans': '完整的报错原文', en: 'Exact error message'},
  {'zh-Hans': '截图', en: 'Screenshots'},
  {'zh-Hans': '最近改动了什么、在什么时候', en: 'What changed recently, and when'},
];

/** The subject a support e-mail link pre-fills. */
export const SUPPORT_EMAIL_SUBJECT: Localized = {'zh-Hans': '技术支持请求', en: 'Support request'};

/** The line above the checklist in a pre-filled e-mail. */
export const SUPPORT_EMAIL_INTRO: Localized = {
  'zh-Hans': '请描述您遇到的问题，并尽量补充以下信息：',
  en: 'Please describe the problem and fill in what you can of the following:',
};
