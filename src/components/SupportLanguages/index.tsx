import type {ReactNode} from 'react';
import {useLocale} from '../../hooks/useLocale';
import {supportLanguagesText} from '../../lib/channelFacts';

/** The languages support answers in, for running text: "中文和英文" / "Chinese and English". */
export default function SupportLanguages(): ReactNode {
  return <>{supportLanguagesText(useLocale())}</>;
}
