import type {ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import SocialMetadata from '../../../components/SocialMetadata';

/** The theme's page metadata, plus the Twitter card's title and description. */
export default function DocItemMetadata(): ReactNode {
  const {metadata} = useDoc();
  return (
    <>
      <Metadata />
      <SocialMetadata title={metadata.title} description={metadata.description} />
    </>
  );
}
