/**
 * The FAQ page's JSON-LD, apart from structuredData.ts so that the contact
 * page's Organization block does not carry the FAQ's rich-text reader.
 */
import type {Answer, FAQPage, Question, WithContext} from 'schema-dts';
import {FAQ, type Locale} from '../../data';
import {blocksText} from '../../lib/words/richText';

/** The FAQ as a FAQPage: the same questions and answer text the page shows. */
export function faqPageJsonLd(locale: Locale, pageUrl: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: pageUrl,
    inLanguage: locale,
    mainEntity: FAQ.map((entry): Question => ({
      '@type': 'Question',
      name: entry.question[locale],
      url: `${pageUrl}#${entry.id}`,
      acceptedAnswer: {'@type': 'Answer', text: blocksText(entry.answer[locale], locale)} satisfies Answer,
    })),
  };
}
