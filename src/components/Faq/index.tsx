import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {FAQ} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import CopyLinkButton, {CopyStatus, useCopyAnnouncer} from '../CopyLinkButton';
import RichText from '../RichText';
import styles from './styles.module.css';

/**
 * The FAQ entries from src/data/faq.ts, each under its stable anchor id, with a
 * copy-link button once JavaScript runs (the same text is the page's FAQPage
 * JSON-LD, written into the HTML at build time: src/node/jsonld/pageJsonLd.ts).
 */
export default function Faq(): ReactNode {
  const locale = useLocale();
  // Copy buttons exist only where they can work: not in the server-rendered page.
  const isBrowser = useIsBrowser();
  const [lastCopy, announce] = useCopyAnnouncer();

  return (
    <>
      <nav className={styles.index} aria-labelledby="faq-questions">
        <p id="faq-questions" className={styles.indexTitle}>
          <Translate id="helpdesk.faq.questions">本页问题</Translate>
        </p>
        <ol>
          {FAQ.map((entry) => (
            <li key={entry.id}>
              <Link to={`#${entry.id}`}>{entry.question[locale]}</Link>
            </li>
          ))}
        </ol>
      </nav>
      {FAQ.map((entry) => (
        <section key={entry.id} className={styles.entry} data-faq-entry={entry.id}>
          <div className={styles.question}>
            <Heading as="h2" id={entry.id}>
              {entry.question[locale]}
            </Heading>
            {isBrowser && <CopyLinkButton anchor={entry.id} target={entry.question[locale]} onCopy={announce} />}
          </div>
          <div data-faq-answer>
            <RichText blocks={entry.answer[locale]} />
          </div>
        </section>
      ))}
      <CopyStatus result={lastCopy} failureClassName={styles.failure} />
    </>
  );
}
