import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import SearchPage from '@theme-original/SearchPage';
import SocialMetadata from '../../components/SocialMetadata';

/**
 * The search plugin's page marks itself `<meta property="robots">`, which
 * crawlers ignore, sets a `<title>` without the site's name, and has no
 * description or social title; this adds them. Rendered after the plugin's
 * page so that its title wins (the last `<Head>` does).
 */
export default function SearchPageWithMetadata(): ReactNode {
  const title = translate({id: 'helpdesk.search.title', message: '搜索'});
  const description = translate({
    id: 'helpdesk.search.description',
    message: '在 Websoft9 技术支持站点中搜索支持范围、人工服务渠道和常见问题。',
  });
  return (
    <>
      <SearchPage />
      <PageMetadata title={title} description={description} />
      <SocialMetadata title={title} description={description} />
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
    </>
  );
}
