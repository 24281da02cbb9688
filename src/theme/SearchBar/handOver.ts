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
  if (!typed) {
    return;
  }
  typeInto(input, typed);
  // What the visitor's own keys (trusted events, not ours) leave in the box until the autocomplete attaches.
  let latest = typed;
  const remember = (event: Event) => {
    if (event.isTrusted) {
      latest = input.value;
    }
  };
  input.addEventListener('input', remember);
  const observer = new MutationObserver(() => {
    if (isCombobox(input)) {
      observer.disconnect();
      input.removeEventListener('input', remember);
      // The plugin empties the box on mount (it shows the `_highlight` terms there), maybe after more keys
      // were typed into it: what the visitor typed last comes back, not only what the stand-in had.
      typeInto(input, input.value || latest);
    }
  });
  observer.observe(input, {attributes: true, attributeFilter: ['role']});
}
