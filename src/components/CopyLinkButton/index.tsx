import {useEffect, useRef, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

/** How long the button says "copied" before it reads "copy link" again. */
const CONFIRMATION_MS = 2000;

/** Copies through a hidden textarea where the Clipboard API is missing (plain-http hosts). */
function copyWithSelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } finally {
    field.remove();
  }
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

export interface CopyResult {
  copied: boolean;
  url: string;
}

/** What a live region says after a copy: done, or the URL to copy by hand. */
function copyAnnouncement(result: CopyResult): string {
  return result.copied
    ? translate({
        id: 'helpdesk.copyLink.announce',
        message: '链接已复制',
        description: 'Screen-reader announcement after copying a link',
      })
    : translate(
        {
          id: 'helpdesk.copyLink.failed',
          message: '无法自动复制，请手动复制链接：{url}',
          description: 'Shown when the browser refused to copy',
        },
        {url: result.url},
      );
}

/**
 * The last copy of a group of copy-link buttons (a page's FAQ, the finder), and
 * the `onCopy` that records it: one live region, `<CopyStatus>`, announces them all.
 */
export function useCopyAnnouncer(): [lastCopy: CopyResult | null, announce: (result: CopyResult) => void] {
  const [lastCopy, setLastCopy] = useState<CopyResult | null>(null);
  function announce(result: CopyResult) {
    // Cleared first so that copying twice in a row is announced twice.
    setLastCopy(null);
    window.requestAnimationFrame(() => setLastCopy(result));
  }
  return [lastCopy, announce];
}

/**
 * The live region that announces `result`, only where JavaScript runs. A failure
 * stays visible, styled by `failureClassName`: it shows the URL to copy by hand.
 */
export function CopyStatus({result, failureClassName}: {result: CopyResult | null; failureClassName?: string}): ReactNode {
  const isBrowser = useIsBrowser();
  return (
    isBrowser && (
      <p role="status" className={result && !result.copied ? failureClassName : 'sr-only'}>
        {result && copyAnnouncement(result)}
      </p>
    )
  );
}

interface Props {
  /** The id of the element the link points to. */
  anchor: string;
  /** A query the link carries before the anchor (`?image=paid`), as the finder's answers do. */
  query?: string;
  /** What the link leads to, read after "Copy link" by screen readers. */
  target: string;
  /** Told the result, so that one live region can announce it. */
  onCopy: (result: CopyResult) => void;
}

/**
 * Copies the absolute URL of this page with `query` and `#anchor`, for pasting into tickets.
 * Render it only in the browser: without JavaScript it could do nothing.
 */
export default function CopyLinkButton({anchor, query = '', target, onCopy}: Props): ReactNode {
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    const url = `${window.location.origin}${window.location.pathname}${query}#${anchor}`;
    const ok = await copyText(url);
    onCopy({copied: ok, url});
    setCopied(ok);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), CONFIRMATION_MS);
  }

  return (
    <button type="button" className={styles.button} data-copy-link={anchor} onClick={() => void copy()}>
      <svg className={styles.icon} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        {copied ? (
          <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor" />
        ) : (
          <path
            d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0Zm-2.1 5.3a3.5 3.5 0 0 1-2.5-6l2.1-2.1a1 1 0 0 1 1.4 1.4l-2.1 2.1a1.5 1.5 0 0 0 2.1 2.1l2.1-2.1a1 1 0 1 1 1.4 1.4l-2.1 2.1a3.5 3.5 0 0 1-2.4 1.1Zm7-7a1 1 0 0 1-.7-1.7l2.1-2.1a1.5 1.5 0 0 0-2.1-2.1l-2.1 2.1a1 1 0 1 1-1.4-1.4l2.1-2.1a3.5 3.5 0 0 1 5 5l-2.2 2a1 1 0 0 1-.7.3Z"
            fill="currentColor"
          />
        )}
      </svg>
      {copied ? (
        <Translate id="helpdesk.copyLink.copied" description="Button text for a moment after a link was copied">
          已复制
        </Translate>
      ) : (
        <Translate id="helpdesk.copyLink.copy" description="Button that copies the link of a FAQ entry">
          复制链接
        </Translate>
      )}
      <span className="sr-only">: {target}</span>
    </button>
  );
}
