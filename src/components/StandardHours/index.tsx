import type {ReactNode} from 'react';
import {STANDARD_HOURS} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import {describeSchedule} from '../../lib/words/format';
import {getSchedule} from '../../lib/lookup';

/** The standard support hours in words, for running text. */
export default function StandardHours(): ReactNode {
  return <>{describeSchedule(getSchedule(STANDARD_HOURS), useLocale())}</>;
}
