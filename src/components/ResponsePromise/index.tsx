import type {ReactNode} from 'react';
import {RESPONSE_PROMISES, type ResponsePromiseId} from '../../data';
import {useLocale} from '../../hooks/useLocale';

/** A response promise worded for running text, e.g. "a reply within an hour". */
export default function ResponsePromise({id}: {id: ResponsePromiseId}): ReactNode {
  return <>{RESPONSE_PROMISES[id].phrase[useLocale()]}</>;
}
