import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import ReachNow from '../components/ReachNow';
import SocialMetadata from '../components/SocialMetadata';
import {FAQ, type FaqId} from '../data';
import {useLocale} from '../hooks/useLocale';
import styles from './index.module.css';

/** The questions customers ask most, shown on the landing page. */
const TOP_QUESTIONS: readonly FaqId[] = [
  'standard-hours',
  'after-hours',
  'ticket-checklist',
  'ticket-registration',
  'cannot-reach',
];

interface EntryCard {
  to: string;
  title: string;
  body: string;
}

function entryCards(): EntryCard[] {
  return [
    {
      to: '/helpdesk/scope',
      title: translate({id: 'home.card.scope.title', message: '支持范围'}),
      body: translate({
        id: 'home.card.scope.body',
        message: '哪些问题由工程师免费排查处理，哪些按文档自行完成，哪些不在支持范围内。',
      }),
    },
    {
      to: '/helpdesk/on-demand',
      title: translate({id: 'home.card.onDemand.title', message: '按需服务'}),
      body: translate({id: 'home.card.onDemand.body', message: '超出免费范围的配置和运维工作，按次付费购买一对一人工服务。'}),
    },
    {
      to: '/helpdesk/contact',
      title: translate({id: 'home.card.contact.title', message: '联系我们'}),
      body: translate({id: 'home.card.contact.body', message: '每个人工服务渠道的服务时间、实时状态、响应时效和入口。'}),
    },
    {
      to: '/helpdesk/faq',
      title: translate({id: 'home.card.faq.title', message: '常见问题'}),
      body: translate({id: 'home.card.faq.body', message: '工单怎么用、服务时间怎么看，以及无法联系到人工时怎么办。'}),
    },
  ];
}

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const locale = useLocale();
  const description = translate({
    id: 'home.description',
    message: 'Websoft9 技术支持中心：查看支持范围与按需服务，了解此刻可以联系哪些人工服务渠道，并找到常见问题的答案。',
  });
  return (
    <Layout description={description}>
      <SocialMetadata description={description} />
      {/* The title belongs to the main content, where the skip link lands. */}
      <main>
        <header className={styles.hero}>
          <div className="container">
            <Heading as="h1">{siteConfig.title}</Heading>
            <p className={styles.tagline}>{siteConfig.tagline}</p>
          </div>
        </header>
        <div className="container">
          <ReachNow />
          <section aria-labelledby="entry-cards">
            <Heading as="h2" id="entry-cards">
              <Translate id="home.cards.title">找到您需要的帮助</Translate>
            </Heading>
            <ul className={styles.cards}>
              {entryCards().map((card) => (
                <li key={card.to} className={styles.card}>
                  <Link to={card.to} className={styles.cardLink}>
                    {card.title}
                  </Link>
                  <p>{card.body}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="top-faq" className={styles.faq}>
            <Heading as="h2" id="top-faq">
              <Translate id="home.faq.title">常见问题</Translate>
            </Heading>
            <ul>
              {TOP_QUESTIONS.map((id) => (
                <li key={id}>
                  <Link to={`/helpdesk/faq#${id}`}>{FAQ.find((entry) => entry.id === id)!.question[locale]}</Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  );
}
