import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {LOCALES, type Locale} from '../data';

/** The page's locale as one of the site's locales. */
export function useLocale(): Locale {
  const {currentLocale} = useDocusaurusContext().i18n;
  if (!(LOCALES as readonly string[]).includes(currentLocale)) {
    throw new Error(`Locale "${currentLocale}" has no helpdesk texts (known: ${LOCALES.join(', ')})`);
  }
  return currentLocale as Locale;
}
