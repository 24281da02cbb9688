/**
 * The search box, with the search plugin's code (lunr, mark.js, autocomplete:
 * about a fifth of the site's JavaScript) loaded only when a visitor reaches for
 * it: pointing at or focusing the box, the mod+K shortcut, or landing on a page
 * opened from a search result (whose terms it highlights).
 *
 * Until then a stand-in box (Placeholder) takes its place; once the real box is
 * there, it gets what was typed (handOver), its markup is repaired to ARIA 1.2
 * on every redraw (combobox) and a focus it steals back is undone (focusGuard).
 */
import {lazy, Suspense, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {isCombobox, repairCombobox, type DropdownMemo} from './combobox';
import {keepFocusWhereTheUserWent} from './focusGuard';
import {handOver} from './handOver';
import SearchBoxPlaceholder from './Placeholder';
import styles from './styles.module.css';

// Not prefetched: it would count against every page's first-load budget. Hover
// and focus come before typing, and typed text is handed over, so nothing is lost.
const PluginSearchBar = lazy(() => import('@theme-original/SearchBar'));

/** The query parameter the plugin adds to result links to highlight the terms. */
const HIGHLIGHT_PARAM = '_highlight';

function isShortcut(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** The plugin's input inside `container`, once it is there. */
function pluginInput(container: HTMLElement): HTMLInputElement | null {
  return container.querySelector<HTMLInputElement>('input.navbar__search-input');
}

/** Whether the page was opened from a search result, whose terms the plugin highlights once loaded. */
function openedFromResult(): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM);
}

export default function SearchBar(): ReactNode {
  const isBrowser = useIsBrowser();
  // Read at the first client render; the server renders the stand-in either way (isBrowser is false there).
  const [wanted, setWanted] = useState(openedFromResult);
  const [loaded, setLoaded] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const typed = useRef('');
  /** Set by the shortcut: focus the box once it is there. */
  const shortcutUsed = useRef(false);
  /** Whether the stand-in had the focus when the real box replaced it. */
  const focusAtSwap = useRef(false);

  useEffect(() => {
    if (loaded) {
      return undefined;
    }
    // The plugin binds mod+K itself once loaded; until then this does.
    function onKeyDown(event: KeyboardEvent) {
      if (isShortcut(event)) {
        event.preventDefault();
        shortcutUsed.current = true;
        setWanted(true);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [loaded]);

  useLayoutEffect(() => {
    const element = container.current;
    const input = loaded && element && pluginInput(element);
    if (!element || !input) {
      return undefined;
    }
    let setUp = false;
    const dropdown: DropdownMemo = {element: null};
    const stopGuard = keepFocusWhereTheUserWent(input, () => setUp);
    const repair = () => {
      repairCombobox(element, input, dropdown);
      setUp ||= isCombobox(input);
    };
    // The repair only writes when something differs, so its own mutations settle at once.
    const observer = new MutationObserver(repair);
    observer.observe(element, {childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-owns']});
    handOver(input, typed.current, focusAtSwap.current);
    return () => {
      observer.disconnect();
      stopGuard();
    };
  }, [loaded]);

  return (
    <div ref={container} className={styles.wrapper}>
      {isBrowser && wanted && (
        <Suspense fallback={null}>
          <LoadedSearchBar
            onMounted={() => {
              // Both boxes are in the page for this one commit: a visitor who has
              // tabbed on meanwhile keeps their place; focus follows only from the stand-in.
              const active = document.activeElement;
              focusAtSwap.current =
                shortcutUsed.current || (active instanceof HTMLInputElement && Boolean(container.current?.contains(active)));
              setLoaded(true);
            }}
          />
        </Suspense>
      )}
      {!loaded && (
        <SearchBoxPlaceholder
          onWanted={() => setWanted(true)}
          onTyped={(value) => {
            typed.current = value;
          }}
        />
      )}
    </div>
  );
}

/** The plugin's search bar; reports its first commit before the browser paints, so the stand-in goes in the same frame. */
function LoadedSearchBar({onMounted}: {onMounted: () => void}): ReactNode {
  // Once, on mount: later renders bring a new callback but no new mount.
  const reportMount = useEffectEvent(onMounted);
  useLayoutEffect(() => reportMount(), []);
  return <PluginSearchBar />;
}
