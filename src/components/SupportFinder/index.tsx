import {createContext, use, useEffect, useState, useSyncExternalStore, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import {RECOMMENDED_CHANNEL} from '../../data';
import {
  DECISION_TABLE_ANCHOR,
  FINDER_ANCHOR,
  HELP_KINDS,
  HELP_KIND_TEXT,
  IMAGE_CHECK,
  IMAGE_KINDS,
  IMAGE_KIND_LABEL,
  ON_DEMAND_PURCHASE,
  OTHER_PROBLEM,
  OTHER_PROBLEM_TEXT,
  SCOPE_GROUPS,
  type FinderProblemId,
  type HelpKind,
} from '../../data/scope';
import {useLocale} from '../../hooks/useLocale';
import {offeredChannels} from '../../lib/channels/channelEntry';
import {answerFor, choiceFromQuery, queryWithChoice, type Answer, type FinderChoice} from '../../lib/finder/supportFinder';
import ChannelLink from '../ChannelLink';
import CopyLinkButton, {copyAnnouncement, type CopyResult} from '../CopyLinkButton';
import PolicyLink from '../PolicyLink';
import styles from './styles.module.css';

type LiveBadge = typeof import('../ServiceHoursBadge').default;

/** The live badge once its code has loaded, for every finder on the page. */
let loadedLiveBadge: LiveBadge | null = null;

/**
 * The live badge (status, schedule and calendar code) loads only when an answer
 * shows it: the scope page itself runs none of that code. Null until loaded.
 */
function useLiveBadge(needed: boolean): LiveBadge | null {
  const [badge, setBadge] = useState<LiveBadge | null>(loadedLiveBadge);
  useEffect(() => {
    if (!needed || badge) {
      return undefined;
    }
    let mounted = true;
    void import('../ServiceHoursBadge').then((module) => {
      loadedLiveBadge = module.default;
      if (mounted) {
        setBadge(() => module.default);
      }
    });
    return () => {
      mounted = false;
    };
  }, [needed, badge]);
  return badge;
}

/** The loaded live badge; an answer that shows badges is rendered only once it is there. */
const LiveBadgeContext = createContext<LiveBadge | null>(null);

const showsLiveBadges = (answer: Answer) =>
  (answer.byImage ? [answer.byImage.paid, answer.byImage.free] : [answer.kind]).includes('free-human');

/**
 * The URL query as an external store: the choice lives in the address bar only.
 * The server and the hydrating render read no query, so they match; the real
 * one is read right after.
 */
const queryListeners = new Set<() => void>();

function subscribeToQuery(listener: () => void): () => void {
  queryListeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    queryListeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Writes the choice into the URL in place: one history entry however many clicks. */
function writeChoice(choice: FinderChoice): void {
  const {pathname, search} = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${queryWithChoice(search, choice)}#${FINDER_ANCHOR}`);
  queryListeners.forEach((listener) => listener());
}

function useChoice(): FinderChoice {
  const search = useSyncExternalStore(
    subscribeToQuery,
    () => window.location.search,
    () => '',
  );
  return choiceFromQuery(search, SCOPE_GROUPS);
}

function OnDemandOffer(): ReactNode {
  return (
    <p>
      <Translate
        id="helpdesk.finder.onDemandOffer"
        description="Offer of paid hands-on help in a support finder answer; {link} is the link to on-demand service"
        values={{
          link: (
            <Link to="/helpdesk/on-demand">
              <Translate id="helpdesk.finder.onDemandLink">购买按需服务</Translate>
            </Link>
          ),
        }}>
        {'希望由工程师代您处理？可以{link}（按次付费）。'}
      </Translate>
    </p>
  );
}

/** What to do now, by kind of help. */
function NextSteps({kind}: {kind: HelpKind}): ReactNode {
  const locale = useLocale();
  const ServiceHoursBadge = use(LiveBadgeContext);
  switch (kind) {
    case 'free-human':
      return (
        <>
          <p>
            <Translate id="helpdesk.finder.recommended">推荐渠道：</Translate>
            <ChannelLink channel={RECOMMENDED_CHANNEL} />
          </p>
          <p>
            <Translate id="helpdesk.finder.reachableNow">各人工服务渠道的服务时间和当前状态：</Translate>
          </p>
          <ul className={styles.channels}>
            {offeredChannels().map((channel) => (
              <li key={channel.id}>
                <ChannelLink channel={channel.id}>{channel.label[locale]}</ChannelLink>
                {ServiceHoursBadge && <ServiceHoursBadge channel={channel.id} />}
              </li>
            ))}
          </ul>
        </>
      );
    case 'github-issue':
      return (
        <>
          <p>
            <PolicyLink to="github">
              <Translate id="helpdesk.finder.github">在 Websoft9 GitHub 提交 issue</Translate>
            </PolicyLink>
          </p>
          <OnDemandOffer />
        </>
      );
    case 'docs-guided':
      return <OnDemandOffer />;
    case 'on-demand':
      return (
        <>
          <p>
            <PolicyLink to="sop">
              <Translate id="helpdesk.finder.sop">下载按需服务 SOP（PDF）</Translate>
            </PolicyLink>
          </p>
          <p>
            <Translate id="helpdesk.finder.howToBuy">如何购买：</Translate>
          </p>
          <ul>
            {ON_DEMAND_PURCHASE.map((way) => (
              <li key={way.to}>
                {way.clouds[locale]}
                {translate({id: 'helpdesk.finder.colon', message: '：', description: 'Between a label and its text'})}
                <Link to={way.to}>{way.how[locale]}</Link>
              </li>
            ))}
          </ul>
        </>
      );
    case 'out-of-scope':
      return null;
  }
}

function Help({kind, condition}: {kind: HelpKind; condition?: ReactNode}): ReactNode {
  const locale = useLocale();
  const {name, cost, summary} = HELP_KIND_TEXT[kind];
  return (
    <section className={styles.help}>
      <Heading as="h3" className={styles.helpName}>
        {condition}
        {name[locale]}
        {cost && <span className={styles.cost}>{cost[locale]}</span>}
      </Heading>
      <p>{summary[locale]}</p>
      <NextSteps kind={kind} />
    </section>
  );
}

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

function AnswerView({answer}: {answer: Answer}): ReactNode {
  const {byImage} = answer;
  return (
    <>
      {byImage ? (
        <>
          <p>
            <Translate id="helpdesk.finder.dependsOnImage">您能获得哪种帮助，取决于镜像是付费的还是免费的：</Translate>
          </p>
          <Help kind={byImage.paid} condition={<Translate id="helpdesk.finder.ifPaid">如果是付费镜像：</Translate>} />
          <Help kind={byImage.free} condition={<Translate id="helpdesk.finder.ifFree">如果是免费镜像：</Translate>} />
        </>
      ) : (
        <Help kind={answer.kind} />
      )}
      {answer.explainImage && <ImageCheck sameHelp={!byImage} />}
    </>
  );
}

function ImageCheck({sameHelp}: {sameHelp: boolean}): ReactNode {
  const locale = useLocale();
  return (
    <section className={styles.imageCheck}>
      <Heading as="h3">
        <Translate id="helpdesk.finder.imageCheck">如何判断镜像是付费还是免费？</Translate>
      </Heading>
      <p>{IMAGE_CHECK[locale]}</p>
      {sameHelp && (
        <p>
          <Translate id="helpdesk.finder.sameHelp">对这个问题，付费镜像和免费镜像获得的帮助相同。</Translate>
        </p>
      )}
    </section>
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
  const choice = useChoice();
  const chosen = answerFor(choice, SCOPE_GROUPS);
  const needsLiveBadge = chosen !== null && showsLiveBadges(chosen);
  const liveBadge = useLiveBadge(needsLiveBadge);
  // An answer with live badges waits for their code behind the prompt: it appears whole, shifting nothing.
  const answer = needsLiveBadge && !liveBadge ? null : chosen;
  const [lastCopy, setLastCopy] = useState<CopyResult | null>(null);

  function announce(result: CopyResult) {
    // Cleared first so that copying twice in a row is announced twice.
    setLastCopy(null);
    window.requestAnimationFrame(() => setLastCopy(result));
  }

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
                onChange={() => writeChoice({...choice, image})}
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
          onChange={(event) => writeChoice({...choice, problem: (event.target.value || null) as FinderProblemId | null})}>
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
          {answer ? (
            <LiveBadgeContext value={liveBadge}>
              <AnswerView answer={answer} />
            </LiveBadgeContext>
          ) : (
            <Prompt />
          )}
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
      {isBrowser && (
        // A failure stays visible: it shows the URL to copy by hand.
        <p role="status" className={lastCopy && !lastCopy.copied ? styles.failure : 'sr-only'}>
          {lastCopy && copyAnnouncement(lastCopy)}
        </p>
      )}
    </div>
  );
}
