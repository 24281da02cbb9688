import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useCalendar} from '../../hooks/useCalendar';
import {useLocale} from '../../hooks/useLocale';
import {organizationJsonLd, serializeJsonLd} from '../../lib/structuredData';

/** A schema.org JSON-LD block in the page's `<head>`, rendered at build time. */
export default function JsonLd({data}: {data: object}): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{serializeJsonLd(data)}</script>
    </Head>
  );
}

/** Websoft9 and its contact points (for the contact page). */
export function OrganizationJsonLd(): ReactNode {
  const locale = useLocale();
  const {siteConfig} = useDocusaurusContext();
  const calendar = useCalendar();
  return <JsonLd data={organizationJsonLd(locale, siteConfig.url, calendar)} />;
}
