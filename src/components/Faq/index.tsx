import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import {FAQ} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import RichText from '../RichText';
import styles from './styles.module.css';

/** The FAQ entries from src/data/faq.ts, each under its stable anchor id. */
export default function Faq(): ReactNode {
  const locale = useLocale();
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
        <section key={entry.id} className={styles.entry}>
          <Heading as="h2" id={entry.id}>
            {entry.question[locale]}
          </Heading>
          <RichText blocks={entry.answer[locale]} />
        </section>
      ))}
    </>
  );
}
