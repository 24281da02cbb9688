import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {FAQ} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import CopyLinkButton, {copyAnnouncement, type CopyResult} from '../CopyLinkButton';
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
  const [lastCopy, setLastCopy] = useState<CopyResult | null>(null);

  function announce(result: CopyResult) {
    // Cleared first so that copying twice in a row is announced twice.
    setLastCopy(null);
    window.requestAnimationFrame(() => setLastCopy(result));
  }

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
      {isBrowser && (
        // A failure stays visible: it shows the URL to copy by hand.
        <p role="status" className={lastCopy && !lastCopy.copied ? styles.failure : 'sr-only'}>
          {lastCopy && copyAnnouncement(lastCopy)}
        </p>
      )}
    </>
  );
}
