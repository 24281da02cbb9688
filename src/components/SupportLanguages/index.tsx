import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {SUPPORT_LANGUAGES} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import {supportLanguagesText} from '../../lib/channels/channelFacts';

/** The owner's statement of the languages support answers in (src/data/channels.ts); nothing until one is declared. */
export default function SupportLanguages(): ReactNode {
  const locale = useLocale();
  if (SUPPORT_LANGUAGES.length === 0) {
    return null;
  }
  return (
    <p>
      <Translate id="helpdesk.supportLanguages" values={{languages: supportLanguagesText(locale)}}>
        {'我们可以用{languages}为您提供支持。'}
      </Translate>
    </p>
  );
}
