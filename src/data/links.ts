/**
 * LINKS AND THE COMPANY: the policy links pages point to (`<PolicyLink to="sop">`),
 * and the company named in the footer and the JSON-LD.
 *
 * To add a link: add a key to `POLICY_LINKS`; pages then use `<PolicyLink to="key">`.
 */
/** Links the policy pages point to that are not contact channels. */
export const POLICY_LINKS = {
  /** The on-demand service's standard operating procedure (PDF). */
  sop: 'https://libs.websoft9.com/Websoft9/DocsPicture/zh/common/sopservices-websoft9.pdf',
  /** Where customers of free images report problems as GitHub issues. */
  github: 'https://github.com/Websoft9',
} as const;

export type PolicyLinkId = keyof typeof POLICY_LINKS;

/** The company behind the brand, for the footer and structured data. */
export const COMPANY = {
  name: {'zh-Hans': '长沙网久软件有限公司', en: 'Changsha Wangjiu Software Co., Ltd.'},
  brand: 'Websoft9',
  icpRecord: '湘ICP备16009117号',
  icpLookup: 'https://beian.miit.gov.cn/',
} as const;
