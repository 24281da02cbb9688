/**
 * The search plugin's autocomplete (autocomplete.js) follows the old ARIA 1.1
 * combobox: the input names its popup with aria-owns only, the popup's role
 * "listbox" sits on the whole dropdown, which also holds the "See all
 * results" link, and the input's aria-label stays "Search" in Chinese. Screen
 * readers (and axe) expect the ARIA 1.2 pattern: aria-controls on the input,
 * a listbox holding options only, a name in the page's language. This wrapper
 * repairs the markup each time the plugin redraws it.
 *
 * The plugin also loads its index when the field gets focus and, once loaded,
 * focuses the field again — even when a keyboard user has already tabbed past
 * it, pulling focus back up the page. The wrapper sends focus back to where
 * the user went.
 */
import {useEffect, useRef, type ComponentProps, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import styles from './styles.module.css';

const isCombobox = (input: HTMLInputElement) => input.getAttribute('role') === 'combobox';

function repairCombobox(root: HTMLElement, input: HTMLInputElement): void {
  const placeholder = input.getAttribute('placeholder');
  if (placeholder && input.getAttribute('aria-label') !== placeholder) {
    input.setAttribute('aria-label', placeholder);
  }
  if (!isCombobox(input)) {
    return;
  }
  const listboxId = input.getAttribute('aria-owns') ?? input.getAttribute('aria-controls');
  if (!listboxId) {
    return;
  }
  if (input.hasAttribute('aria-owns')) {
    input.removeAttribute('aria-owns');
    input.setAttribute('aria-controls', listboxId);
  }
  // The options' own container becomes the listbox; the dropdown around it (with the footer link) is a plain box.
  const options = root.querySelector('[role="option"]')?.parentElement ?? null;
  for (const listbox of root.querySelectorAll('[role="listbox"]')) {
    if (listbox !== options) {
      listbox.removeAttribute('role');
      listbox.removeAttribute('id');
    }
  }
  if (options && (options.getAttribute('role') !== 'listbox' || options.id !== listboxId)) {
    options.setAttribute('role', 'listbox');
    options.id = listboxId;
  }
}

export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    const input = element?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!element || !input) {
      return undefined;
    }
    // Whether the observer has seen the autocomplete set up (it runs after the plugin's own focus call).
    let initialized = false;
    // Whether the user left the field while the index was still loading, and the last element focused since.
    let leftWhileLoading = false;
    let focusedElsewhere: HTMLElement | null = null;
    const onBlur = () => {
      if (!isCombobox(input)) {
        leftWhileLoading = true;
        focusedElsewhere = null;
      }
    };
    const onFocusElsewhere = (event: FocusEvent) => {
      if (event.target !== input && event.target instanceof HTMLElement) {
        focusedElsewhere = event.target;
      }
    };
    const onFocus = () => {
      if (!isCombobox(input)) {
        leftWhileLoading = false;
        return;
      }
      // Set up in this very task and focused by the plugin: the focus call that follows the index load.
      if (!initialized && leftWhileLoading) {
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
    document.addEventListener('focusin', onFocusElsewhere);
    const repair = () => {
      repairCombobox(element, input);
      initialized ||= isCombobox(input);
    };
    repair();
    // The repair only writes when something differs, so its own mutations settle at once.
    const observer = new MutationObserver(repair);
    observer.observe(element, {childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-owns', 'aria-label']});
    return () => {
      observer.disconnect();
      input.removeEventListener('blur', onBlur);
      input.removeEventListener('focus', onFocus);
      document.removeEventListener('focusin', onFocusElsewhere);
    };
  }, []);
  return (
    <div ref={root} className={styles.contents}>
      <SearchBar {...props} />
    </div>
  );
}
