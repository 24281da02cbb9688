import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useTitleFormatter} from '@docusaurus/theme-common/internal';

interface Props {
  /** The page's own title, as given to PageMetadata; none for the site's title. */
  title?: string;
  description: string;
}

/**
 * The Twitter card's title and description: the same words as the page's
 * `<title>`/`og:title` and description, which Docusaurus does not repeat for Twitter.
 */
export default function SocialMetadata({title, description}: Props): ReactNode {
  const formatted = useTitleFormatter().format(title ?? '');
  return (
    <Head>
      <meta name="twitter:title" content={formatted} />
      <meta name="twitter:description" content={description} />
    </Head>
  );
}
