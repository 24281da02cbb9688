/**
 * Why: the plugin's autocomplete (autocomplete.js) follows the old ARIA 1.1
 * combobox — the input names its popup with aria-owns only, and the role
 * "listbox" sits on the whole dropdown, which also holds the "See all results"
 * link — while screen readers (and axe) expect the ARIA 1.2 pattern:
 * aria-controls on the input and a listbox holding options only.
 */

/** The autocomplete marks the input as a combobox once it has attached itself. */
export const isCombobox = (input: HTMLInputElement) => input.getAttribute('role') === 'combobox';

/** The dropdown the input first pointed to; found once, remembered across redraws. */
export interface DropdownMemo {
  element: Element | null;
}

/**
 * Moves the listbox role (and the id the input points to) from the dropdown to
 * the list of options; with no options ("no results") the dropdown keeps it.
 * Writes only what differs, so that running it from a MutationObserver settles at once.
 */
export function repairCombobox(container: HTMLElement, input: HTMLInputElement, dropdown: DropdownMemo): void {
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
