import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {
  HELP_KIND_TEXT,
  IMAGE_KIND_LABEL,
  OTHER_PROBLEM,
  OTHER_PROBLEM_TEXT,
  SCOPE_GROUPS,
  type HelpKind,
} from '../../data/scope';
import {useLocale} from '../../hooks/useLocale';
import {decisionTable, type ProblemKind} from '../../lib/finder/supportFinder';
import PolicyLink from '../PolicyLink';
import styles from './styles.module.css';

const onDemandOffer = (
  <Link to="/helpdesk/on-demand">
    <Translate id="helpdesk.finder.table.onDemandOffer">或购买按需服务</Translate>
  </Link>
);

/**
 * Where each kind of help starts, where it has a place of its own, and what else
 * the finder offers for it (on-demand service for hands-on help), so that the
 * table without JavaScript says what the finder says.
 */
const KIND_LINKS: Partial<Record<HelpKind, readonly ReactNode[]>> = {
  'free-human': [
    <Link key="channels" to="/helpdesk/contact">
      <Translate id="helpdesk.finder.table.humanChannels">人工服务渠道</Translate>
    </Link>,
  ],
  'github-issue': [
    <PolicyLink key="github" to="github">
      Websoft9 GitHub
    </PolicyLink>,
    onDemandOffer,
  ],
  'docs-guided': [onDemandOffer],
  'on-demand': [
    <Link key="buy" to="/helpdesk/on-demand">
      <Translate id="helpdesk.finder.table.onDemand">购买方式</Translate>
    </Link>,
  ],
};

function ProblemKindCell({problemKind}: {problemKind: ProblemKind}): ReactNode {
  const locale = useLocale();
  if (problemKind === OTHER_PROBLEM) {
    return OTHER_PROBLEM_TEXT.problemsLabel[locale];
  }
  const group = SCOPE_GROUPS.find((candidate) => candidate.id === problemKind)!;
  return <Link to={`#${group.anchor}`}>{group.problemsLabel[locale]}</Link>;
}

function HelpCell({kind}: {kind: HelpKind}): ReactNode {
  const locale = useLocale();
  const {name, cost} = HELP_KIND_TEXT[kind];
  return (
    <td data-kind={kind}>
      <strong>{name[locale]}</strong>
      {cost && <span className={styles.cost}>{cost[locale]}</span>}
      {KIND_LINKS[kind]?.map((link, index) => (
        <div key={index}>{link}</div>
      ))}
    </td>
  );
}

/** The support finder's whole decision as a table (image × kind of problem), readable without JavaScript. */
export default function DecisionTable(): ReactNode {
  const locale = useLocale();
  return (
    <table data-support-decision className={styles.table}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="helpdesk.finder.table.problem">问题类型</Translate>
          </th>
          <th scope="col">{IMAGE_KIND_LABEL.paid[locale]}</th>
          <th scope="col">{IMAGE_KIND_LABEL.free[locale]}</th>
        </tr>
      </thead>
      <tbody>
        {decisionTable().map((row) => (
          <tr key={row.problemKind} data-problem-kind={row.problemKind}>
            <th scope="row">
              <ProblemKindCell problemKind={row.problemKind} />
            </th>
            <HelpCell kind={row.paid} />
            <HelpCell kind={row.free} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
