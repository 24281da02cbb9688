/**
 * Why: the server HTML and first paint need a search box without the plugin's
 * code; this one copies the plugin's markup (its SearchBar.jsx) and layout, so
 * nothing moves when the real box replaces it.
 */
import type {ReactNode} from 'react';
import {searchLabel} from './searchLabel';
import styles from './styles.module.css';

interface PlaceholderProps {
  /** Called on intent: pointing at, touching or focusing the box. */
  onWanted: () => void;
  onTyped: (value: string) => void;
}

export default function SearchBoxPlaceholder({onWanted, onTyped}: PlaceholderProps): ReactNode {
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
