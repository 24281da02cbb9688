/**
 * Why: the plugin focuses its input once its index has loaded, even when a
 * keyboard user has tabbed past it in the meantime; this sends focus back.
 */
import {isCombobox} from './combobox';

/**
 * When the user leaves the input while the index loads, the focus call the
 * plugin makes right after setting up its autocomplete (in the same task, so
 * before the SearchBar's observer has seen the setup) goes back to where they went.
 * Returns the function that removes the guard.
 */
export function keepFocusWhereTheUserWent(input: HTMLInputElement, isSetUp: () => boolean): () => void {
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
