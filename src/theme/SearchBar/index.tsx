/**
 * The navbar search box, loaded on demand.
 *
 * Why: the search plugin's own bar imports lunr with its Chinese and
 * multi-language packs, mark.js and comlink: ~20 KiB gzip that every page
 * would download and parse before anyone searches. This bar renders the same
 * markup with the same styles and swaps in the plugin's bar (`@theme-original`)
 * as soon as a visitor shows intent: the pointer enters the box, the box gets
 * focus (mouse, touch or Tab), or the search shortcut is pressed. A page opened
 * from a search result (terms in `?_highlight=`) loads it at once, since the
 * plugin's bar is what marks those terms. What was typed meanwhile and the
 * focus are handed over, so the visitor just keeps typing.
 */
import {useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import {
  getKeymapHints,
  matchesKeymap,
  parseKeymap,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import {isMacPlatform} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import {SEARCH_SHORTCUT_KEYMAP} from './shortcut';

interface SearchBarProps {
  handleSearchBarToggle?: (expanded: boolean) => void;
}

type PluginSearchBar = ComponentType<SearchBarProps>;

/** The query parameter in which the plugin carries the terms to mark on the opened page. */
const HIGHLIGHT_PARAM = '_highlight';

/** Kept once loaded, so that a navbar mounted later (another layout) shows the full bar at once. */
let loadedSearchBar: PluginSearchBar | undefined;

async function loadPluginSearchBar(): Promise<PluginSearchBar> {
  const module = (await import('@theme-original/SearchBar')) as {default: PluginSearchBar};
  loadedSearchBar = module.default;
  return loadedSearchBar;
}

/** Where the placeholder stood, and whether it had the focus, when the plugin's bar replaced it. */
interface Handover {
  parent: HTMLElement;
  focused: boolean;
}

/** Types `value` into `input` the way a visitor would, so that the plugin's React handlers see it. */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

export default function SearchBar(props: SearchBarProps): ReactNode {
  const isBrowser = useIsBrowser();
  const {search} = useLocation();
  const [FullSearchBar, setFullSearchBar] = useState<PluginSearchBar | undefined>(() => loadedSearchBar);
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const handover = useRef<Handover | null>(null);
  const typingSinceSwap = useRef<{input: HTMLInputElement; text: string; stop: () => void} | null>(null);
  const [restoreDue, setRestoreDue] = useState(false);

  const load = useCallback(() => {
    void loadPluginSearchBar().then((component) => {
      const parent = input.current?.closest<HTMLElement>('.navbar__search')?.parentElement;
      if (parent) {
        handover.current = {parent, focused: document.activeElement === input.current};
      }
      setFullSearchBar(() => component);
    });
  }, []);

  useEffect(() => {
    if (!FullSearchBar && new URLSearchParams(search).has(HIGHLIGHT_PARAM)) {
      load();
    }
  }, [FullSearchBar, search, load]);

  useEffect(() => {
    if (FullSearchBar) {
      return undefined;
    }
    const shortcut = parseKeymap(SEARCH_SHORTCUT_KEYMAP);
    const onKeyDown = (event: KeyboardEvent) => {
      if (matchesKeymap(event, shortcut)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [FullSearchBar]);

  // The plugin's bar has just taken the placeholder's place: layout effects run
  // before the browser handles another key, so it gets the text and the focus
  // before a keystroke can land on nothing. Keys typed into it from now on are
  // followed, for the restore below.
  useLayoutEffect(() => {
    const state = handover.current;
    const pluginInput = state?.parent.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!state || !pluginInput) {
      return;
    }
    handover.current = null;
    if (value) {
      typeInto(pluginInput, value);
    }
    if (state.focused) {
      pluginInput.focus();
    }
    const follow = () => {
      typing.text = pluginInput.value;
    };
    const typing = {input: pluginInput, text: value, stop: () => pluginInput.removeEventListener('input', follow)};
    pluginInput.addEventListener('input', follow);
    typingSinceSwap.current = typing;
  }, [FullSearchBar]); // `value` is frozen once the placeholder is gone.

  // One task after mounting, the plugin's bar empties its box (it syncs the box
  // with the URL's `_highlight` terms, none here). Passive effects run child
  // first, so this timer fires after the plugin's, and the state update it makes
  // renders with or after the emptying; the restore then types the text back.
  useEffect(() => {
    if (!typingSinceSwap.current) {
      return undefined;
    }
    const timer = setTimeout(() => setRestoreDue(true));
    return () => clearTimeout(timer);
  }, [FullSearchBar]);

  useLayoutEffect(() => {
    const typing = typingSinceSwap.current;
    if (!restoreDue || !typing) {
      return;
    }
    typingSinceSwap.current = null;
    typing.stop();
    if (typing.text && typing.input.value !== typing.text) {
      typeInto(typing.input, typing.text);
    }
  }, [restoreDue]);

  if (FullSearchBar) {
    return <FullSearchBar {...props} />;
  }

  const onFocus = () => {
    props.handleSearchBarToggle?.(true);
    load();
  };
  const onBlur = () => {
    props.handleSearchBarToggle?.(false);
  };

  return (
    <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={input}
        // Same name as the plugin's bar, so that it does not change when the bar is swapped.
        aria-label="Search"
        className={clsx('navbar__search-input', styles.searchInput)}
        placeholder={translate({
          id: 'theme.SearchBar.label',
          message: 'Search',
          description: 'The ARIA label and placeholder for search button',
        })}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value)}
        onMouseEnter={load}
        onFocus={onFocus}
        onBlur={onBlur}
      />
      {isBrowser && value === '' && (
        <div className={styles.searchHintContainer}>
          {getKeymapHints(SEARCH_SHORTCUT_KEYMAP, isMacPlatform()).map((hint) => (
            <kbd key={hint} className={styles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}
