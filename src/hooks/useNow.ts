/**
 * The current instant, shared by every live badge on a page through one timer.
 * The server and the hydrating render see `null` (the build cannot know the
 * visitor's time), so server HTML and first client render always match.
 */
import {useSyncExternalStore} from 'react';

const MINUTE_MS = 60_000;

let now: Date | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function tick(): void {
  now = new Date();
  listeners.forEach((listener) => listener());
  // Wake just after the next minute boundary, when a schedule can change state.
  timer = setTimeout(tick, MINUTE_MS - (now.getTime() % MINUTE_MS) + 50);
}

function onVisible(): void {
  if (document.visibilityState === 'visible') {
    clearTimeout(timer);
    tick();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    document.addEventListener('visibilitychange', onVisible);
    // After hydration: the first real reading of the clock.
    queueMicrotask(tick);
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

const getSnapshot = (): Date | null => now;
const getServerSnapshot = (): null => null;

export function useNow(): Date | null {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
