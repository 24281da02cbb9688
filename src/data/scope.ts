/**
 * The support scope as Websoft9's scope diagram draws it ("技术支持范围和支持方式"): which
 * problems an engineer handles for free, which tasks the documentation covers,
 * what is out of scope, and the kinds of help a customer can get. The scope page
 * lists and the support finder both read these entries, so they cannot disagree.
 * Ids are the finder's URL values (ARCHITECTURE.md, "Support finder"): never rename one.
 *
 * To add a problem to a group: add its id to the group's id list below
 * (`FREE_HUMAN_PROBLEM_IDS`, `DOCUMENTATION_GUIDED_TASK_IDS`, `OUT_OF_SCOPE_IDS`)
 * and an item with that id, in the same order, to the group in `SCOPE_GROUPS`
 * (`text` in both languages); the finder's form and the decision table follow.
 * The build checks that each group holds exactly its ids (src/node/validate).
 */
import type {Localized} from './types';

export const FREE_HUMAN_PROBLEM_IDS = [
  'app-unreachable',
  'security-group',
  'server-login',
  'http-error',
  'high-resource-usage',
  'slow-access',
  'service-start-failure',
] as const;

export const DOCUMENTATION_GUIDED_TASK_IDS = [
  'install-website',
  'smtp',
  'database',
  'web-server-config',
  'app-config-files',
  'ftp',
  'https-domain',
  'upgrade-backup-migration',
  'performance-cdn-storage',
  'linux-commands',
  'vulnerability-alerts',
] as const;

export const OUT_OF_SCOPE_IDS = ['business-features'] as const;

export type FreeHumanProblemId = (typeof FREE_HUMAN_PROBLEM_IDS)[number];
export type DocumentationGuidedTaskId = (typeof DOCUMENTATION_GUIDED_TASK_IDS)[number];
export type OutOfScopeId = (typeof OUT_OF_SCOPE_IDS)[number];
export type ScopeProblemId = FreeHumanProblemId | DocumentationGuidedTaskId | OutOfScopeId;

/** What the finder offers besides the listed problems: a problem no list names. */
export const OTHER_PROBLEM = 'other';
export type FinderProblemId = ScopeProblemId | typeof OTHER_PROBLEM;

export type ScopeGroupId = 'free-human' | 'documentation-guided' | 'out-of-scope';

/** The ids each group must hold, in order (ARCHITECTURE.md, "Support finder"). */
export const SCOPE_GROUP_IDS: Record<ScopeGroupId, readonly ScopeProblemId[]> = {
  'free-human': FREE_HUMAN_PROBLEM_IDS,
  'documentation-guided': DOCUMENTATION_GUIDED_TASK_IDS,
  'out-of-scope': OUT_OF_SCOPE_IDS,
};

export interface ScopeItem<Id extends string = string> {
  id: Id;
  text: Localized;
  /** A page of this site the item is, where there is one. */
  to?: string;
}

export interface ScopeGroup<Id extends string = ScopeProblemId> {
  id: ScopeGroupId;
  /** The heading id of the group's section on /helpdesk/scope. */
  anchor: string;
  /** The group's name, as its section heading says it. */
  name: Localized;
  /** The group as a kind of problem, for the rows of the decision table. */
  problemsLabel: Localized;
  items: readonly ScopeItem<Id>[];
}

export const SCOPE_GROUPS: readonly ScopeGroup[] = [
  {
    id: 'free-human',
    anchor: 'free-human-service',
    name: {'zh-Hans': '免费人工服务', en: 'Free engineer support'},
    problemsLabel: {'zh-Hans': '免费人工服务清单中的问题', en: 'A problem on the free engineer support list'},
    items: [
      {
        id: 'app-unreachable',
        text: {'zh-Hans': '镜像（即已部署的应用）无法打开', en: 'Your application (the deployed image) won’t load'},
      },
      {
        id: 'security-group',
        text: {'zh-Hans': '安全组（云平台防火墙）配置', en: 'Configuring security groups (your cloud provider’s firewall)'},
      },
      {id: 'server-login', text: {'zh-Hans': '无法登录服务器', en: 'You can’t log in to the server'}},
      {
        id: 'http-error',
        text: {
          'zh-Hans': '出现 404、502 等错误码，且不是由您自行修改引起的',
          en: 'Error codes such as 404 or 502 that weren’t caused by your own changes',
        },
      },
      {
        id: 'high-resource-usage',
        text: {'zh-Hans': '负载不高，CPU 或内存占用却很高', en: 'High CPU or memory usage under a light load'},
      },
      {id: 'slow-access', text: {'zh-Hans': '负载不高，访问速度却很慢', en: 'Slow page loads under a light load'}},
      {
        id: 'service-start-failure',
        text: {
          'zh-Hans': '服务无法启动，且不是由您自行修改引起的',
          en: 'A service won’t start, and your own changes didn’t cause it',
        },
      },
    ],
  },
  {
    id: 'documentation-guided',
    anchor: 'documentation-guided-service',
    name: {'zh-Hans': '文档指导服务', en: 'Documentation-guided service'},
    problemsLabel: {'zh-Hans': '文档指导服务清单中的操作', en: 'A task on the documentation-guided service list'},
    items: [
      {id: 'install-website', text: {'zh-Hans': '安装网站，安装主题和插件', en: 'Installing a website, themes and plugins'}},
      {id: 'smtp', text: {'zh-Hans': '通过 SMTP 发送邮件', en: 'Sending email over SMTP'}},
      {id: 'database', text: {'zh-Hans': '管理数据库', en: 'Managing databases'}},
      {
        id: 'web-server-config',
        text: {'zh-Hans': '配置 Apache、Nginx、IIS、Tomcat', en: 'Configuring Apache, Nginx, IIS or Tomcat'},
      },
      {id: 'app-config-files', text: {'zh-Hans': '修改应用的配置文件', en: 'Editing the application’s configuration files'}},
      {id: 'ftp', text: {'zh-Hans': '安装 FTP', en: 'Installing FTP'}},
      {id: 'https-domain', text: {'zh-Hans': '配置 HTTPS，绑定域名', en: 'Setting up HTTPS and binding a domain name'}},
      {id: 'upgrade-backup-migration', text: {'zh-Hans': '升级、备份和迁移', en: 'Upgrading, backing up and migrating'}},
      {
        id: 'performance-cdn-storage',
        text: {'zh-Hans': '优化访问速度、使用 CDN、挂载存储', en: 'Speeding up your site, using a CDN and mounting storage'},
      },
      {id: 'linux-commands', text: {'zh-Hans': '使用 Linux 命令', en: 'Working with Linux commands'}},
      {id: 'vulnerability-alerts', text: {'zh-Hans': '处理漏洞告警', en: 'Handling vulnerability alerts'}},
    ],
  },
  {
    id: 'out-of-scope',
    anchor: 'out-of-scope',
    name: {'zh-Hans': '不在支持范围内', en: 'Out of scope'},
    problemsLabel: {
      'zh-Hans': '如何使用软件本身的业务功能',
      en: 'Using the application itself (its features and day-to-day use)',
    },
    items: [
      {
        id: 'business-features',
        text: {
          'zh-Hans': '如何使用软件本身的业务功能',
          en: 'How to use the application itself: its features and day-to-day use',
        },
      },
    ],
  },
];

/** The heading ids of the finder's section and of the decision table's, on /helpdesk/scope. */
export const FINDER_ANCHOR = 'finder';
export const DECISION_TABLE_ANCHOR = 'paid-and-free-images';

/** The finder's `other` as a row of the decision table and an option of its list. */
export const OTHER_PROBLEM_TEXT: {option: Localized; problemsLabel: Localized} = {
  option: {'zh-Hans': '其他问题（以上都不是）', en: 'Something else (none of the above)'},
  problemsLabel: {'zh-Hans': '以上清单都没有列出的问题', en: 'Anything not on these lists'},
};

/**
 * The self-service channels of the diagram that lead somewhere real. The diagram
 * also names documentation, a chatbot, videos and a forum, but neither the
 * diagram nor src/data gives them an address, so the site does not offer
 * them: an item here always links to a page of this site.
 */
export const SELF_SERVICE: readonly (ScopeItem & {to: string})[] = [
  {id: 'faq', text: {'zh-Hans': '常见问题（FAQ）', en: 'Frequently asked questions (FAQ)'}, to: '/helpdesk/faq'},
];

export type ImageKind = 'paid' | 'free' | 'unsure';
export const IMAGE_KINDS = ['paid', 'free', 'unsure'] as const satisfies readonly ImageKind[];

/** The finder's choices of image. */
export const IMAGE_KIND_LABEL: Record<ImageKind, Localized> = {
  paid: {'zh-Hans': '付费镜像', en: 'Paid image'},
  free: {'zh-Hans': '免费镜像', en: 'Free image'},
  unsure: {'zh-Hans': '不确定', en: 'I’m not sure'},
};

/** How to tell a paid image from a free one: a generic fact of cloud marketplaces, nothing more. */
export const IMAGE_CHECK: Localized = {
  'zh-Hans': '您在云市场中的订单或该镜像的商品页面会显示它是付费还是免费的。',
  en: 'Your cloud marketplace order, or the image’s listing in the marketplace, shows whether it is paid or free.',
};

export type HelpKind = 'free-human' | 'github-issue' | 'docs-guided' | 'on-demand' | 'out-of-scope';
export const HELP_KINDS = [
  'free-human',
  'github-issue',
  'docs-guided',
  'on-demand',
  'out-of-scope',
] as const satisfies readonly HelpKind[];

export interface HelpKindText {
  name: Localized;
  /** Whether it costs anything, where the sources say. */
  cost?: Localized;
  /** What this help is and what the customer does. */
  summary: Localized;
}

/** The answers of the finder and the cells of the decision table, by kind of help. */
export const HELP_KIND_TEXT: Record<HelpKind, HelpKindText> = {
  'free-human': {
    name: {'zh-Hans': '免费人工服务', en: 'Free engineer support'},
    cost: {'zh-Hans': '免费', en: 'Free'},
    summary: {
      'zh-Hans': '这个问题在免费人工服务的清单中：使用付费镜像时，Websoft9 工程师会免费为您排查和处理。',
      en: 'This is on the free engineer support list: with a paid image, a Websoft9 engineer looks into it and handles it for you at no charge.',
    },
  },
  'github-issue': {
    name: {'zh-Hans': '在 GitHub 反馈问题', en: 'Report it on GitHub'},
    cost: {'zh-Hans': '免费', en: 'Free'},
    summary: {
      'zh-Hans': '免费镜像的问题，请在 Websoft9 的 GitHub 上提交 issue 反馈，帮助我们改进镜像。',
      en: 'For free images, report problems on GitHub: open an issue on Websoft9’s GitHub so we can improve the image.',
    },
  },
  'docs-guided': {
    name: {'zh-Hans': '文档指导服务', en: 'Documentation-guided service'},
    summary: {
      'zh-Hans':
        '这项操作属于文档指导服务：请参照 Websoft9 的文档自行完成。如果发现文档有错误或者不够完善，欢迎向我们提出改进建议。',
      en: 'This is a documentation-guided task: you follow Websoft9’s documentation and do the work yourself. If a guide is wrong or incomplete, please suggest an improvement.',
    },
  },
  'on-demand': {
    name: {'zh-Hans': '按需服务', en: 'On-demand service'},
    cost: {'zh-Hans': '按次付费', en: 'Paid per incident'},
    summary: {
      'zh-Hans':
        '不在免费人工服务清单中的配置和运维工作，可以购买一对一的按需服务，由工程师为您完成。服务涵盖哪些内容，以服务 SOP 为准。',
      en: 'For configuration or operations work that isn’t on the free engineer support list, you can pay one of our engineers to do it for you. The service SOP sets out what’s covered.',
    },
  },
  'out-of-scope': {
    name: {'zh-Hans': '不在支持范围内', en: 'Out of scope'},
    summary: {
      'zh-Hans': '如何使用软件本身的业务功能不在 Websoft9 技术支持的范围内。这类问题请查阅该软件的官方文档或社区。',
      en: 'How to use the application itself (its features and day-to-day use) isn’t covered by Websoft9 support. For these questions, turn to the application’s own documentation or community.',
    },
  },
};

/** How to buy on-demand service, by cloud ("如何购买按需服务"). */
export const ON_DEMAND_PURCHASE: readonly {clouds: Localized; how: Localized; to: string}[] = [
  {
    clouds: {'zh-Hans': '阿里云、华为云、腾讯云', en: 'Alibaba Cloud, Huawei Cloud and Tencent Cloud'},
    how: {
      'zh-Hans': '在云市场中该应用的 Websoft9 商品页面购买',
      en: 'buy it from the Websoft9 listing for your application in the cloud’s marketplace',
    },
    to: '/helpdesk/on-demand#alibaba-huawei-tencent',
  },
  {
    clouds: {'zh-Hans': 'Azure、AWS 及其他云平台', en: 'Azure, AWS and other clouds'},
    how: {
      'zh-Hans': '通过人工服务渠道联系客户成功团队购买',
      en: 'contact our customer success team through any of our support channels',
    },
    to: '/helpdesk/contact',
  },
];
