import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {translate} from '@docusaurus/Translate';
import SearchPage from '@theme-original/SearchPage';

/**
 * The search plugin's page marks itself `<meta property="robots">`, which
 * crawlers ignore; this adds the real `name="robots"` and a description.
 */
export default function SearchPageWithMetadata(): ReactNode {
  return (
    <>
      <Head>
        <meta name="robots" content="noindex, follow" />
        <meta
          name="description"
          content={translate({
            id: 'helpdesk.search.description',
            message: '在 Websoft9 技术支持站点中搜索支持范围、联系方式和常见问题。',
          })}
        />
      </Head>
      <SearchPage />
    </>
  );
}
