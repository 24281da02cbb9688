/**
 * /support-status.js: an ES module that defines <websoft9-support-status>, for
 * consoles and pages on other origins (ARCHITECTURE.md, "Subscribe and embed"):
 *
 *   <script type="module" src="https://support.websoft9.com/support-status.js"></script>
 *   <websoft9-support-status lang="en"></websoft9-support-status>
 *
 * Attributes: `lang` (`zh-Hans` or `en`), optional `channel` (one channel's id).
 * It reads /support-policy.json from its own origin and renders each offered
 * channel with the site's live status contract (`data-channel-status`,
 * `data-state`, `data-reason`, and `data-replies-from` on queued channels) in an
 * open shadow root, again at every minute. No framework; it runs under a strict
 * Content-Security-Policy: no eval, no inline style (a constructed stylesheet),
 * no HTML parsing of text. plugins/helpdesk-data bundles it with esbuild.
 */
import type {Locale} from '../data/types';
import {SUPPORT_POLICY_PATH} from '../lib/published/feedPaths';
import {isoInZone} from '../lib/time/status';
import {channelRows, type SupportPolicy} from './statusModel';
import {detailText, linkText, stateText} from './statusWords';

const POLICY_URL = new URL(SUPPORT_POLICY_PATH, import.meta.url);
/** The policy is fetched again (a revalidation) when it is older than this. */
const POLICY_MAX_AGE_MS = 3_600_000;

/** One fetch of the policy shared by every element of the page. */
let policy: {at: number; data: Promise<SupportPolicy>} | null = null;

function loadPolicy(): Promise<SupportPolicy> {
  if (!policy || Date.now() - policy.at > POLICY_MAX_AGE_MS) {
    const data = fetch(POLICY_URL, {mode: 'cors', credentials: 'omit'}).then((response) => {
      if (!response.ok) {
        throw new Error(`${POLICY_URL.href}: HTTP ${response.status}`);
      }
      return response.json() as Promise<SupportPolicy>;
    });
    policy = {at: Date.now(), data};
    // A failed fetch is tried again at the next minute.
    data.catch(() => {
      policy = null;
    });
  }
  return policy.data;
}

const CSS = `:host{display:block}
ul{list-style:none;margin:0;padding:0}
li{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 .5em;padding:.25em 0}
li::before{content:"";width:.6em;height:.6em;border-radius:50%;background:#8a8a8a;align-self:center}
[data-state=open]::before{background:#1f9d55}
.detail{flex-basis:100%;padding-left:1.1em;font-size:.875em;opacity:.8}
.detail:empty{display:none}
a{color:inherit;font-size:.875em}`;

let sheet: CSSStyleSheet | null | undefined;

/** The element's styles as a constructed stylesheet (no inline style for a CSP to block); none where unsupported. */
function styles(): CSSStyleSheet[] {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    } catch {
      sheet = null;
    }
  }
  return sheet ? [sheet] : [];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  return node;
}

class SupportStatusElement extends HTMLElement {
  static observedAttributes = ['lang', 'channel'];

  private readonly root = this.attachShadow({mode: 'open'});
  private data: SupportPolicy | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private get locale(): Locale {
    return (this.getAttribute('lang') ?? document.documentElement.lang).toLowerCase().startsWith('en') ? 'en' : 'zh-Hans';
  }

  connectedCallback(): void {
    this.root.adoptedStyleSheets = styles();
    this.tick();
  }

  disconnectedCallback(): void {
    clearTimeout(this.timer);
  }

  attributeChangedCallback(): void {
    if (this.isConnected) {
      this.render();
    }
  }

  /** Renders now, fetches the policy if needed, and comes back at the next minute. */
  private tick(): void {
    clearTimeout(this.timer);
    this.render();
    loadPolicy().then(
      (data) => {
        this.data = data;
        this.render();
      },
      () => {},
    );
    this.timer = setTimeout(() => this.tick(), 60_000 - (Date.now() % 60_000));
  }

  private render(): void {
    const locale = this.locale;
    const only = this.getAttribute('channel');
    const now = new Date();
    const list = element('ul');
    if (this.data) {
      for (const row of channelRows(this.data, locale, now, only)) {
        const item = element('li', '', {
          'data-channel-status': row.id,
          'data-state': row.state,
          'data-reason': row.reason,
          part: `channel ${row.state}`,
        });
        if (row.repliesFrom) {
          item.setAttribute('data-replies-from', isoInZone(row.repliesFrom, 'Asia/Shanghai'));
        }
        item.append(
          element('b', row.label),
          element('span', stateText(row, locale)),
          element('span', detailText(row, now, locale), {class: 'detail'}),
        );
        list.append(item);
      }
    } else if (only) {
      // Before the policy arrives: the channel asked for, state unknown (as the site's server HTML).
      list.append(element('li', '…', {'data-channel-status': only, 'data-state': 'unknown'}));
    }
    const link = element('a', linkText(locale), {
      href: new URL(locale === 'en' ? '/en/helpdesk/contact' : '/helpdesk/contact', import.meta.url).href,
      target: '_blank',
      rel: 'noopener',
    });
    this.root.replaceChildren(list, link);
  }
}

if (!customElements.get('websoft9-support-status')) {
  customElements.define('websoft9-support-status', SupportStatusElement);
}
