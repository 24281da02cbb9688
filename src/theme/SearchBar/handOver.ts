/**
 * Why: a visitor may type into the stand-in while the plugin's code arrives;
 * the real box gets the text, the focus and the page's language, so nothing is lost.
 */
import {isCombobox} from './combobox';
import {searchLabel} from './searchLabel';

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
export function handOver(input: HTMLInputElement, typed: string, focus: boolean): void {
  input.setAttribute('aria-label', searchLabel());
  if (focus) {
    input.focus();
  }
  if (typed) {
    typeInto(input, typed);
  }
  // Until the autocomplete attaches, the box is the plugin's but no key typed into it runs a query, and
  // one macrotask after mount the plugin empties it (it shows the `_highlight` terms there, none here).
  // What the visitor's own keys (trusted events, not ours) left in the box is kept, and queried on attach.
  let latest = typed;
  const restoreEmptied = (event: Event) => {
    // The visitor's own deletions update `latest`, so an empty box holding a remembered text was emptied by the plugin.
    if (event.isTrusted && input.value === '' && latest !== '') {
      typeInto(input, latest);
    }
  };
  const remember = (event: Event) => {
    if (event.isTrusted) {
      latest = input.value;
    }
  };
  input.addEventListener('beforeinput', restoreEmptied);
  input.addEventListener('input', remember);
  const observer = new MutationObserver(() => {
    if (isCombobox(input)) {
      observer.disconnect();
      input.removeEventListener('beforeinput', restoreEmptied);
      input.removeEventListener('input', remember);
      const query = input.value || latest;
      if (query) {
        typeInto(input, query);
      }
    }
  });
  observer.observe(input, {attributes: true, attributeFilter: ['role']});
}
