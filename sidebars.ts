import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

export default {
  helpdesk: ['helpdesk/index', 'helpdesk/scope', 'helpdesk/on-demand', 'helpdesk/contact', 'helpdesk/faq'],
} satisfies SidebarsConfig;
