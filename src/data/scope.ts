/**
 * The support scope of the original page's diagram ("技术支持范围和支持方式"): which
 * problems an engineer handles for free, which tasks the documentation covers,
 * what is out of scope, and the kinds of help a customer can get. The scope page
 * lists and the support finder both read these entries, so they cannot disagree.
 * Ids are the finder's URL values (GUIDE.md, "Support finder"): never rename one.
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

/** The ids each group must hold, in order: the GUIDE's table. */
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
        text: {'zh-Hans': '镜像（即已部署的应用）无法打开', en: 'The image (your deployed application) won’t open'},
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
    name: {'zh-Hans': '文档指导服务', en: 'Documentation-guided tasks'},
    problemsLabel: {'zh-Hans': '文档指导服务清单中的操作', en: 'A task on the documentation-guided list'},
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
    problemsLabel: {'zh-Hans': '软件本身业务功能的使用', en: 'Using the software’s own business features'},
    items: [
      {
        id: 'business-features',
        text: {'zh-Hans': '软件本身业务功能的使用方法', en: 'How to use the business features of the software itself'},
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
  problemsLabel: {'zh-Hans': '以上清单都没有列出的问题', en: 'A problem none of these lists names'},
};

/** The self-service channels of the diagram. */
export const SELF_SERVICE: readonly ScopeItem[] = [
  {id: 'documentation', text: {'zh-Hans': '文档', en: 'Documentation'}},
  {id: 'faq', text: {'zh-Hans': '常见问题（FAQ）', en: 'FAQ'}, to: '/helpdesk/faq'},
  {id: 'chatbot', text: {'zh-Hans': '聊天机器人', en: 'Chatbot'}},
  {id: 'videos', text: {'zh-Hans': '视频', en: 'Videos'}},
  {id: 'forum', text: {'zh-Hans': '论坛', en: 'Forum'}},
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
      'zh-Hans': '这个问题在免费人工服务的清单中：付费镜像用户可由 Websoft9 工程师免费排查和处理。',
      en: 'This problem is on the free engineer support list: with a paid image, a Websoft9 engineer investigates and fixes it at no charge.',
    },
  },
  'github-issue': {
    name: {'zh-Hans': '在 GitHub 提交 issue', en: 'An issue on GitHub'},
    cost: {'zh-Hans': '免费', en: 'Free'},
    summary: {
      'zh-Hans': '免费镜像不提供人工支持。请在 Websoft9 的 GitHub 上提交 issue，推动镜像改进。',
      en: 'Free images come without engineer support. Open an issue on Websoft9’s GitHub to get the image improved.',
    },
  },
  'docs-guided': {
    name: {'zh-Hans': '文档指导服务', en: 'Documentation-guided'},
    summary: {
      'zh-Hans': '这项操作有现成的文档方案，请您按照文档自行完成。如果发现文档有错误或者不够完善，欢迎告诉我们。',
      en: 'Our documentation covers this task, and you follow it to do the work yourself. If a guide is wrong or missing something, please tell us.',
    },
  },
  'on-demand': {
    name: {'zh-Hans': '按需服务', en: 'On-demand service'},
    cost: {'zh-Hans': '付费，按次计费', en: 'Paid, per incident'},
    summary: {
      'zh-Hans':
        '不在免费人工服务清单中的配置和运维工作，可以购买一对一的按需服务，由工程师为您完成。服务涵盖哪些内容，以服务 SOP 为准。',
      en: 'Configuration and operations work that isn’t on the free engineer support list can be bought as one-to-one on-demand service, done by one of our engineers. The service SOP sets out what it covers.',
    },
  },
  'out-of-scope': {
    name: {'zh-Hans': '不在支持范围内', en: 'Outside our support'},
    summary: {
      'zh-Hans': '软件本身业务功能的使用方法不在 Websoft9 技术支持的范围内。这类问题请查阅该软件的官方文档或社区。',
      en: 'How to use the software’s own business features is outside Websoft9 support. The software’s official documentation or community is the place for these questions.',
    },
  },
};

/** How to buy on-demand service, by cloud (the original page's "如何购买按需服务"). */
export const ON_DEMAND_PURCHASE: readonly {clouds: Localized; how: Localized; to: string}[] = [
  {
    clouds: {'zh-Hans': '阿里云、华为云、腾讯云', en: 'Alibaba Cloud, Huawei Cloud and Tencent Cloud'},
    how: {
      'zh-Hans': '在云市场中该应用的 Websoft9 商品页面购买',
      en: 'buy it from the Websoft9 listing of your application in the cloud’s marketplace',
    },
    to: '/helpdesk/on-demand#alibaba-huawei-tencent',
  },
  {
    clouds: {'zh-Hans': 'Azure、AWS 及其他云平台', en: 'Azure, AWS and other clouds'},
    how: {
      'zh-Hans': '通过人工服务渠道联系客户成功团队购买',
      en: 'contact our customer success team through our human support channels',
    },
    to: '/helpdesk/contact',
  },
];
