import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import {calendarFeedPath, STATUS_MODULE_PATH} from '../../lib/published/feedPaths';
import styles from './styles.module.css';

/**
 * The words, both languages side by side, chosen as src/lib/words/wordsLocale.ts says:
 * each locale's bundle keeps its own, and unlike i18n/en/code.json messages they
 * ride only in the contact page's chunk, not in every English page's main bundle.
 * Short, and without the site URL inside (a template literal would escape every
 * Chinese character in the bundle as \u{…}): the URL follows as its own element.
 */
function words(locale: Locale) {
  if ((process.env.HELPDESK_BUILD_LOCALE ?? locale) === 'en') {
    return {
      feed: 'The calendar lists China’s public holidays, make-up working days and the closures we announce, with the channels each one affects.',
      subscribe: 'Subscribe in your calendar app',
      download: 'Download the .ics file',
      embed: 'To show each channel’s live status on your own console or page, add:',
      csp: 'If your page sets a Content Security Policy, add this origin to script-src and connect-src: ',
    };
  }
  return {
    feed: '日历列出法定节假日、调休上班日和我们公布的暂停服务，并注明受影响的渠道。',
    subscribe: '在日历应用中订阅',
    download: '下载 .ics 文件',
    embed: '在您的控制台或页面上显示各渠道的实时状态：',
    csp: '如页面设置了 CSP，请把此来源加入 script-src 和 connect-src：',
  };
}

/**
 * Subscribe and embed (ARCHITECTURE.md, "Subscribe and embed"): links to the support calendar feed of the
 * page's language (webcal: for calendar apps, https: for the file) and the
 * snippet that embeds the live status element, all from the site URL
 * (docusaurus.config.ts `url`). Text and links only: nothing runs here.
 */
export default function SupportFeeds(): ReactNode {
  const locale = useLocale();
  const origin = useDocusaurusContext().siteConfig.url;
  const feed = `${origin}${calendarFeedPath(locale)}`;
  const text = words(locale);
  const snippet = [
    `<script type="module" src="${origin}${STATUS_MODULE_PATH}"></script>`,
    `<websoft9-support-status lang="${locale}"></websoft9-support-status>`,
  ].join('\n');
  return (
    <div data-support-feeds>
      <p>{text.feed}</p>
      <ul>
        <li>
          <Link href={feed.replace(/^https?:/, 'webcal:')} target="_self">
            {text.subscribe}
          </Link>
        </li>
        <li>
          <Link href={feed} target="_self">
            {text.download}
          </Link>
        </li>
      </ul>
      <p>{text.embed}</p>
      <pre className={styles.snippet}>
        <code>{snippet}</code>
      </pre>
      <p>
        {text.csp}
        <code>{origin}</code>
      </p>
    </div>
  );
}
