/**
 * The search plugin's autocomplete (autocomplete.js) follows the old ARIA 1.1
 * combobox: the input names its popup with aria-owns only, the popup's role
 * "listbox" sits on the whole dropdown, which also holds the "See all
 * results" link, and the input's aria-label stays "Search" in Chinese. Screen
 * readers (and axe) expect the ARIA 1.2 pattern: aria-controls on the input,
 * a listbox holding options only, a name in the page's language. This wrapper
 * repairs the markup each time the plugin redraws it.
 */
import {useEffect, useRef, type ComponentProps, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import styles from './styles.module.css';

function repairCombobox(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!input) {
    return;
  }
  const placeholder = input.getAttribute('placeholder');
  if (placeholder && input.getAttribute('aria-label') !== placeholder) {
    input.setAttribute('aria-label', placeholder);
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
    if (!element) {
      return undefined;
    }
    repairCombobox(element);
    // The repair only writes when something differs, so its own mutations settle at once.
    const observer = new MutationObserver(() => repairCombobox(element));
    observer.observe(element, {childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-owns']});
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={root} className={styles.contents}>
      <SearchBar {...props} />
    </div>
  );
}
