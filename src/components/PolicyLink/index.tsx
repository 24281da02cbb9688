import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {POLICY_LINKS, type PolicyLinkId} from '../../data';

interface Props {
  to: PolicyLinkId;
  children: ReactNode;
}

/** A link to a policy resource named in src/data/links.ts. */
export default function PolicyLink({to, children}: Props): ReactNode {
  const href = POLICY_LINKS[to];
  if (!href) {
    throw new Error(`Unknown policy link "${to}" (known: ${Object.keys(POLICY_LINKS).join(', ')})`);
  }
  return <Link href={href}>{children}</Link>;
}
