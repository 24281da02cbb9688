import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import SearchPage from '@theme-original/SearchPage';

/**
 * The search plugin's page marks itself `<meta property="robots">`, which
 * crawlers ignore, and has no description or social title; this adds them.
 */
export default function SearchPageWithMetadata(): ReactNode {
  return (
    <>
      <PageMetadata
        title={translate({id: 'theme.SearchPage.emptyResultsTitle', message: 'Search the documentation'})}
        description={translate({
          id: 'helpdesk.search.description',
          message: '在 Websoft9 技术支持站点中搜索支持范围、联系方式和常见问题。',
        })}
      />
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <SearchPage />
    </>
  );
}
