/**
 * The keyboard shortcut that focuses the search box. docusaurus.config.ts hands
 * it to the search plugin, and the lightweight bar (./index.tsx) answers it
 * before the plugin's own bar is loaded, so both always agree.
 */
export const SEARCH_SHORTCUT_KEYMAP = 'mod+k';
