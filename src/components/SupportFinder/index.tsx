import {useDeferredValue, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  DECISION_TABLE_ANCHOR,
  FINDER_ANCHOR,
  HELP_KINDS,
  HELP_KIND_TEXT,
  IMAGE_KINDS,
  IMAGE_KIND_LABEL,
  OTHER_PROBLEM,
  OTHER_PROBLEM_TEXT,
  SCOPE_GROUPS,
  type FinderProblemId,
} from '../../data/scope';
import {useLocale} from '../../hooks/useLocale';
import {NO_CHOICE, answerFor, queryWithChoice} from '../../lib/finder/supportFinder';
import CopyLinkButton, {CopyStatus, useCopyAnnouncer} from '../CopyLinkButton';
import Answer from './Answer';
import {useFinderChoice} from './useFinderChoice';
import styles from './styles.module.css';

/** Before a choice: the answers there can be. */
function KindsOfHelp(): ReactNode {
  const locale = useLocale();
  return (
    <ul className={styles.kinds}>
      {HELP_KINDS.map((kind) => {
        const {name, cost} = HELP_KIND_TEXT[kind];
        return (
          <li key={kind}>
            {name[locale]}
            {cost && <span className={styles.cost}>{cost[locale]}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** Before a choice: what the finder does, and the answers there can be. */
function Prompt(): ReactNode {
  return (
    <>
      <p className={styles.prompt}>
        <Translate
          id="helpdesk.finder.prompt"
          description="Shown before a choice; {table} links to the decision table"
          values={{
            table: (
              <Link to={`#${DECISION_TABLE_ANCHOR}`}>
                <Translate id="helpdesk.finder.tableLink">对照表</Translate>
              </Link>
            ),
          }}>
          {'选择镜像和问题，这里会告诉您能获得哪种帮助、现在该做什么。所有情况也列在下方的{table}中。'}
        </Translate>
      </p>
      <p className={styles.prompt}>
        <Translate id="helpdesk.finder.possibleAnswers">可能的结果：</Translate>
      </p>
      <KindsOfHelp />
    </>
  );
}

/**
 * "What help do I get?": the image and the problem in, the kind of help out
 * (src/lib/finder/supportFinder.ts). The choice lives in the URL query so that an
 * answer can be linked; without JavaScript the form is disabled and points to
 * the decision table.
 */
export default function SupportFinder(): ReactNode {
  const locale = useLocale();
  const isBrowser = useIsBrowser();
  const [choice, choose] = useFinderChoice();
  // The answer follows the choice in a deferred render, from no choice on the first
  // render: while an answer's code (the live badges, React.lazy) loads, that render
  // suspends and React keeps the prompt or the previous answer, so the answer appears
  // whole, shifting nothing. Only a deferred render can suspend, so no <Suspense> is
  // needed; one here would be outlined in this long page's server HTML, revealed by
  // an inline script.
  const answer = answerFor(useDeferredValue(choice, NO_CHOICE), SCOPE_GROUPS);
  const [lastCopy, announce] = useCopyAnnouncer();

  return (
    <div className={styles.finder}>
      <form data-support-finder className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <fieldset className={styles.images} disabled={!isBrowser}>
          <legend className={styles.question}>
            <Translate id="helpdesk.finder.imageQuestion">您用的是哪种镜像？</Translate>
          </legend>
          {IMAGE_KINDS.map((image) => (
            <label key={image} className={styles.image}>
              <input
                type="radio"
                name="image"
                value={image}
                checked={choice.image === image}
                onChange={() => choose({...choice, image})}
              />
              {IMAGE_KIND_LABEL[image][locale]}
            </label>
          ))}
        </fieldset>
        <label htmlFor="finder-problem" className={styles.question}>
          <Translate id="helpdesk.finder.problemQuestion">需要哪方面的帮助？</Translate>
        </label>
        <select
          id="finder-problem"
          name="problem"
          className={styles.problem}
          disabled={!isBrowser}
          value={choice.problem ?? ''}
          onChange={(event) => choose({...choice, problem: (event.target.value || null) as FinderProblemId | null})}>
          <option value="">{translate({id: 'helpdesk.finder.chooseProblem', message: '请选择'})}</option>
          {SCOPE_GROUPS.map((group) => (
            <optgroup key={group.id} label={group.name[locale]}>
              {group.items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.text[locale]}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={OTHER_PROBLEM}>{OTHER_PROBLEM_TEXT.option[locale]}</option>
        </select>
      </form>
      <div className={styles.answerArea}>
        <div data-support-result data-kind={answer?.kind} aria-live="polite" className={styles.result}>
          {answer ? <Answer answer={answer} /> : <Prompt />}
        </div>
        {isBrowser && answer && (
          <CopyLinkButton
            anchor={FINDER_ANCHOR}
            query={queryWithChoice('', choice)}
            target={HELP_KIND_TEXT[answer.kind].name[locale]}
            onCopy={announce}
          />
        )}
      </div>
      <CopyStatus result={lastCopy} failureClassName={styles.failure} />
    </div>
  );
}
