import {translate} from '@docusaurus/Translate';

/** The box's accessible name and placeholder, in the page's language (the plugin hard-codes English). */
export function searchLabel(): string {
  return translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
}
