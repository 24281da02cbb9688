import {lazy, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {RECOMMENDED_CHANNEL} from '../../data';
import {HELP_KIND_TEXT, IMAGE_CHECK, ON_DEMAND_PURCHASE, type HelpKind} from '../../data/scope';
import {useLocale} from '../../hooks/useLocale';
import {offeredChannels} from '../../lib/channels/channelEntry';
import type {Answer as FinderAnswer} from '../../lib/finder/supportFinder';
import ChannelLink from '../ChannelLink';
import PolicyLink from '../PolicyLink';
import styles from './styles.module.css';

/**
 * The live badge (status, schedule and calendar code) loads only when an answer
 * shows it: the scope page itself runs none of that code. Until it has loaded,
 * the answer suspends, in SupportFinder's deferred render only.
 */
const ServiceHoursBadge = lazy(() => import('../ServiceHoursBadge'));

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
                <ServiceHoursBadge channel={channel.id} />
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

/** The answer to a choice: the kind of help, what to do now, and how to tell the images apart where it matters. */
export default function Answer({answer}: {answer: FinderAnswer}): ReactNode {
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
