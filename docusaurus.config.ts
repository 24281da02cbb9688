import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {COMPANY, type Locale} from './src/data';
import helpdeskDataPlugin, {GENERATED_STATIC_DIR} from './plugins/helpdesk-data';
import htmlPassPlugin from './plugins/html-pass';
import {CHINA_CLOCK_HEAD_TAG, FIRST_PAINT_HEAD_TAG} from './plugins/paint-first';
import shortTasksPlugin from './plugins/short-tasks';
import trimBundlePlugin from './plugins/trim-bundle';
// The public origin (SITE_URL overrides it at build time) and the locales, shared with the scripts and tests.
import {DEFAULT_LOCALE, LOCALES, SITE_URL} from './tools/site.mjs';

/**
 * The config's words in each locale. Docusaurus builds one locale per process
 * (DOCUSAURUS_CURRENT_LOCALE tells which) and its title and tagline cannot be
 * translated through i18n/en/code.json, so every per-locale string of this file
 * sits here; the navbar and footer labels are translated in
 * i18n/en/docusaurus-theme-classic/{navbar,footer}.json.
 */
const LOCALE_CONFIG = {
  'zh-Hans': {
    title: 'Websoft9 技术支持',
    tagline: '支持范围、此刻可联系的渠道与常见问题解答',
    socialImageAlt: 'Websoft9 技术支持：支持范围、此刻可联系的渠道、常见问题',
    // Open Graph wants a language_TERRITORY code; Docusaurus derives zh_Hans/en from htmlLang.
    ogLocale: 'zh_CN',
    copyrightHolder: COMPANY.name['zh-Hans'],
  },
  en: {
    title: 'Websoft9 Helpdesk',
    tagline: 'What support covers, who to contact right now, and answers to common questions',
    socialImageAlt: 'Websoft9 Helpdesk: support scope, who you can reach now, FAQ',
    ogLocale: 'en_US',
    copyrightHolder: `${COMPANY.name.en} (${COMPANY.brand})`,
  },
} satisfies Record<Locale, unknown>;

const currentLocale = (process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE) as Locale;
const words = LOCALE_CONFIG[currentLocale];
const otherLocales = LOCALES.filter((locale) => locale !== currentLocale);

export default {
  title: words.title,
  tagline: words.tagline,
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: '/',
  // static/ holds the files in git; the generated one the QR codes the data plugin draws.
  staticDirectories: ['static', GENERATED_STATIC_DIR],
  trailingSlash: false,
  // Its check runs before the paint-first loader has started the bundle (see plugins/paint-first).
  baseUrlIssueBanner: false,
  // No first frame with half a navbar (see plugins/paint-first).
  headTags: [FIRST_PAINT_HEAD_TAG, CHINA_CLOCK_HEAD_TAG],

  future: {v4: true},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    mdx1Compat: {headingIds: true},
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs: {
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  plugins: [helpdeskDataPlugin, trimBundlePlugin, shortTasksPlugin, htmlPassPlugin],

  themes: [
    [
      // Offline search: one index per locale, built at build time; no external service.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['zh', 'en'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        // The key hints fail WCAG contrast, and the stand-in box of src/theme/SearchBar has none.
        searchBarShortcutHint: false,
        // Placeholders kept only to reserve layout space (aria-hidden) are not content.
        // …nor is the live "applies now" tag of src/components/ReachNow.
        ignoreCssSelectors: ['[aria-hidden="true"]', '[data-applies-now]'],
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        // One sitemap per locale (/sitemap.xml, /en/sitemap.xml); search results are not pages to index.
        sitemap: {ignorePatterns: ['**/search']},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    // Open Graph and Twitter card image of every page.
    image: 'img/social-card.png',
    metadata: [
      {property: 'og:type', content: 'website'},
      {property: 'og:site_name', content: words.title},
      {property: 'og:locale', content: words.ogLocale},
      ...otherLocales.map((locale) => ({property: 'og:locale:alternate', content: LOCALE_CONFIG[locale].ogLocale})),
      {property: 'og:image:width', content: '1200'},
      {property: 'og:image:height', content: '630'},
      {property: 'og:image:alt', content: words.socialImageAlt},
      {name: 'twitter:image:alt', content: words.socialImageAlt},
    ],
    navbar: {
      title: 'Websoft9',
      // The title "Websoft9" is written beside the logo: an alt text would say it twice.
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'helpdesk', position: 'left', label: '技术支持'},
        {to: '/helpdesk/contact', label: '联系我们', position: 'left'},
        {to: '/helpdesk/faq', label: '常见问题', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '技术支持',
          items: [
            {label: '支持范围', to: '/helpdesk/scope'},
            {label: '按需服务', to: '/helpdesk/on-demand'},
            {label: '联系我们', to: '/helpdesk/contact'},
            {label: '常见问题', to: '/helpdesk/faq'},
          ],
        },
      ],
      // From src/data/links.ts in the locale being built (footer.json leaves it out on purpose).
      copyright: `© ${words.copyrightHolder} · <a href="${COMPANY.icpLookup}" rel="noopener noreferrer" target="_blank">${COMPANY.icpRecord}</a>`,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
