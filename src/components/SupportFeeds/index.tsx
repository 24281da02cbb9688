import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocale} from '../../hooks/useLocale';
import {calendarFeedPath, STATUS_MODULE_PATH} from '../../lib/published/feedPaths';
import styles from './styles.module.css';

/**
 * The words. Without the site URL inside: the URL follows as its own element.
 */
function words() {
  return {
    feed: translate({
      id: 'helpdesk.feeds.feed',
      message: '日历列出法定节假日、调休上班日和我们公布的暂停服务，并注明受影响的渠道。',
    }),
    subscribe: translate({id: 'helpdesk.feeds.subscribe', message: '在日历应用中订阅'}),
    download: translate({id: 'helpdesk.feeds.download', message: '下载 .ics 文件'}),
    embed: translate({id: 'helpdesk.feeds.embed', message: '在您的控制台或页面上显示各渠道的实时状态：'}),
    csp: translate({id: 'helpdesk.feeds.csp', message: '如页面设置了 CSP，请把此来源加入 script-src 和 connect-src：'}),
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
  const text = words();
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
