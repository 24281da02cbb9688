import type {ReactNode} from 'react';
import {FAQ, type FaqId} from '../../data';
import {useLocale} from '../../hooks/useLocale';
import RichText from '../RichText';

/** One FAQ answer, for pages that give the same advice as the FAQ (the contact page). */
export default function FaqAnswer({id}: {id: FaqId}): ReactNode {
  const entry = FAQ.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new Error(`Unknown FAQ entry "${id}"`);
  }
  return <RichText blocks={entry.answer[useLocale()]} />;
}
