/**
 * The search box, with the search plugin's code (lunr, mark.js, autocomplete:
 * about a fifth of the site's JavaScript) loaded only when a visitor reaches for
 * it: pointing at or focusing the box, the mod+K shortcut, or landing on a page
 * opened from a search result (whose terms it highlights).
 *
 * Until then, and in the server-rendered HTML, a box with the plugin's own
 * markup and classes stands in, so nothing moves when the real one replaces it.
 * Whatever was typed meanwhile is handed over, and focus with it.
 *
 * The plugin's autocomplete (autocomplete.js) follows the old ARIA 1.1
 * combobox: the input names its popup with aria-owns only, and the role
 * "listbox" sits on the whole dropdown, which also holds the "See all results"
 * link. Screen readers (and axe) expect the ARIA 1.2 pattern: aria-controls on
 * the input and a listbox holding options only; `repairCombobox` rewrites the
 * markup each time the plugin redraws it. The plugin also focuses its input
 * once its index has loaded, even when a keyboard user has tabbed past it in
 * the meantime; `keepFocusWhereTheUserWent` sends focus back.
 */
import {lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import wrapperStyles from './styles.module.css';

// Not prefetched: it would count against every page's first-load budget. Hover
// and focus come before typing, and typed text is handed over, so nothing is lost.
const PluginSearchBar = lazy(() => import('@theme-original/SearchBar'));

/** The query parameter the plugin adds to result links to highlight the terms. */
const HIGHLIGHT_PARAM = '_highlight';

function searchLabel(): string {
  return translate({id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button'});
}

function isShortcut(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

interface PlaceholderProps {
  /** Called on intent: pointing at, touching or focusing the box. */
  onWanted: () => void;
  onTyped: (value: string) => void;
}

/** The plugin's search box as static markup (see its SearchBar.jsx), which asks for the real one on intent. */
function SearchBoxPlaceholder({onWanted, onTyped}: PlaceholderProps): ReactNode {
  const label = searchLabel();
  return (
    <div className={`navbar__search ${styles.searchBarContainer}`} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${styles.searchInput}`}
        onPointerEnter={onWanted}
        onTouchStart={onWanted}
        onFocus={onWanted}
        onChange={(event) => onTyped(event.target.value)}
      />
    </div>
  );
}

/** The plugin's input inside `container`, once it is there. */
function pluginInput(container: HTMLElement): HTMLInputElement | null {
  return container.querySelector<HTMLInputElement>('input.navbar__search-input');
}

const isCombobox = (input: HTMLInputElement) => input.getAttribute('role') === 'combobox';

/**
 * Moves the listbox role (and the id the input points to) from the dropdown to
 * the list of options; with no options ("no results") the dropdown keeps it.
 */
function repairCombobox(container: HTMLElement, input: HTMLInputElement, dropdown: {element: Element | null}): void {
  const listboxId = input.getAttribute('aria-owns') ?? input.getAttribute('aria-controls');
  if (!isCombobox(input) || !listboxId) {
    return;
  }
  if (input.hasAttribute('aria-owns')) {
    input.removeAttribute('aria-owns');
    input.setAttribute('aria-controls', listboxId);
  }
  dropdown.element ??= container.querySelector(`[id="${listboxId}"]`);
  const options = container.querySelector('[role="option"]')?.parentElement ?? null;
  const listbox = options ?? dropdown.element;
  for (const element of container.querySelectorAll('[role="listbox"]')) {
    if (element !== listbox) {
      element.removeAttribute('role');
      element.removeAttribute('id');
    }
  }
  if (listbox && (listbox.getAttribute('role') !== 'listbox' || listbox.id !== listboxId)) {
    listbox.setAttribute('role', 'listbox');
    listbox.id = listboxId;
  }
}

/**
 * When the user leaves the input while the index loads, the focus call the
 * plugin makes right after setting up its autocomplete (in the same task, so
 * before the observer in SearchBar has seen the setup) goes back to where they went.
 */
function keepFocusWhereTheUserWent(input: HTMLInputElement, isSetUp: () => boolean): () => void {
  let leftWhileLoading = false;
  let focusedElsewhere: HTMLElement | null = null;
  const onBlur = () => {
    if (!isCombobox(input)) {
      leftWhileLoading = true;
      focusedElsewhere = null;
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    if (event.target !== input && event.target instanceof HTMLElement) {
      focusedElsewhere = event.target;
    }
  };
  const onFocus = () => {
    if (!isCombobox(input)) {
      leftWhileLoading = false;
    } else if (!isSetUp() && leftWhileLoading) {
      leftWhileLoading = false;
      if (focusedElsewhere?.isConnected) {
        focusedElsewhere.focus();
      } else {
        input.blur();
      }
    }
  };
  input.addEventListener('blur', onBlur);
  input.addEventListener('focus', onFocus);
  document.addEventListener('focusin', onFocusIn);
  return () => {
    input.removeEventListener('blur', onBlur);
    input.removeEventListener('focus', onFocus);
    document.removeEventListener('focusin', onFocusIn);
  };
}

/** Types `value` into a React-controlled input so that its onChange and the autocomplete both see it. */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

/**
 * Gives the plugin's input the page's language, focus if the stand-in had it,
 * and what was typed meanwhile; the query runs again once the autocomplete has
 * attached itself (it marks the input as a combobox), so results appear.
 */
function handOver(input: HTMLInputElement, typed: string, focus: boolean): void {
  // The plugin hard-codes an English accessible name.
  input.setAttribute('aria-label', searchLabel());
  if (focus) {
    input.focus();
  }
  if (!typed) {
    return;
  }
  typeInto(input, typed);
  const observer = new MutationObserver(() => {
    if (input.getAttribute('role') === 'combobox') {
      observer.disconnect();
      // The plugin empties the box on mount (it shows the `_highlight` terms there).
      typeInto(input, input.value || typed);
    }
  });
  observer.observe(input, {attributes: true, attributeFilter: ['role']});
}

export default function SearchBar(): ReactNode {
  const isBrowser = useIsBrowser();
  const [wanted, setWanted] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const typed = useRef('');
  /** Set by the shortcut: focus the box once it is there. */
  const shortcutUsed = useRef(false);
  /** Whether the stand-in had the focus when the real box replaced it. */
  const focusAtSwap = useRef(false);

  useEffect(() => {
    if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
      setWanted(true);
    }
  }, []);

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
    const dropdown = {element: null as Element | null};
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
    <div ref={container} className={wrapperStyles.wrapper}>
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
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(onMounted, []);
  return <PluginSearchBar />;
}
