import type {ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import SocialMetadata from '../../../components/SocialMetadata';

/**
 * The 404 page of both locales. Replaces the theme's, which tells a customer to
 * contact "the owner of the site", with the ways on from here; it also gives the
 * page a title and description of its own and keeps it out of search indexes.
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const title = translate({id: 'theme.NotFound.title', message: '找不到页面', description: 'The title of the 404 page'});
  const description = translate({
    id: 'helpdesk.notFound.description',
    message: '您要找的页面不存在。可以从 Websoft9 技术支持首页、联系我们或常见问题继续查找。',
  });
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <PageMetadata title={title} description={description} />
      <SocialMetadata title={title} description={description} />
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            {title}
          </Heading>
          <p>
            <Translate id="theme.NotFound.p1" description="The first paragraph of the 404 page">
              We could not find what you were looking for.
            </Translate>
          </p>
          <p>
            <Translate id="helpdesk.notFound.next">这些页面也许能帮到您：</Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="helpdesk.notFound.home">技术支持首页</Translate>
              </Link>
            </li>
            <li>
              <Link to="/helpdesk/contact">
                <Translate id="helpdesk.notFound.contact">联系我们：各渠道的服务时间与实时状态</Translate>
              </Link>
            </li>
            <li>
              <Link to="/helpdesk/faq">
                <Translate id="helpdesk.notFound.faq">常见问题</Translate>
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
