import {useMemo, useSyncExternalStore} from 'react';
import {FINDER_ANCHOR, SCOPE_GROUPS} from '../../data/scope';
import {choiceFromQuery, queryWithChoice, type FinderChoice} from '../../lib/finder/supportFinder';

/** The URL query as an external store: the choice lives in the address bar only. */
const queryListeners = new Set<() => void>();

function subscribeToQuery(listener: () => void): () => void {
  queryListeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    queryListeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Writes the choice into the URL in place: one history entry however many clicks. */
function writeChoice(choice: FinderChoice): void {
  const {pathname, search} = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${queryWithChoice(search, choice)}#${FINDER_ANCHOR}`);
  queryListeners.forEach((listener) => listener());
}

/**
 * The finder's choice as the URL query holds it, and the function that changes
 * it, so that support staff can link an answer. The server and the hydrating
 * render read no query, so they match; the real one is read right after. The
 * same query gives the same object, which useDeferredValue can hold on to.
 */
export function useFinderChoice(): [choice: FinderChoice, choose: (choice: FinderChoice) => void] {
  const search = useSyncExternalStore(
    subscribeToQuery,
    () => window.location.search,
    () => '',
  );
  const choice = useMemo(() => choiceFromQuery(search, SCOPE_GROUPS), [search]);
  return [choice, writeChoice];
}
