/**
 * The current instant, shared by every live badge on a page through one timer.
 * The server and the hydrating render see `null` (the build cannot know the
 * visitor's time), so server HTML and first client render always match.
 *
 * The clock is first read in a task of its own after hydration, and every
 * reading reaches the badges as a transition: React re-renders them in
 * interruptible slices. (A useSyncExternalStore snapshot would force one
 * synchronous re-render of every badge right after hydration, a long task on a
 * slow phone.)
 */
import {startTransition, useEffect, useState} from 'react';

const MINUTE_MS = 60_000;

type Listener = (instant: Date) => void;

let now: Date | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function tick(): void {
  const instant = new Date();
  now = instant;
  startTransition(() => listeners.forEach((listener) => listener(instant)));
  // Wake just after the next minute boundary, when a schedule can change state.
  timer = setTimeout(tick, MINUTE_MS - (instant.getTime() % MINUTE_MS) + 50);
}

function onVisible(): void {
  if (document.visibilityState === 'visible') {
    clearTimeout(timer);
    tick();
  }
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    document.addEventListener('visibilitychange', onVisible);
    timer = setTimeout(tick, 0);
  } else if (now) {
    // Mounted after the clock started (the others already show this instant).
    const instant = now;
    startTransition(() => listener(instant));
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      now = null;
    }
  };
}

export function useNow(): Date | null {
  const [instant, setInstant] = useState<Date | null>(null);
  useEffect(() => subscribe(setInstant), []);
  return instant;
}
