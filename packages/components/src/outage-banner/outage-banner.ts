import {
  extensionRuns,
  getTranslator,
  localize,
  noticesToShow,
  checkOutageNotices,
  type AlternativeRoute,
  type OutageChannel,
  type OutageNotice,
  type OutageNotices,
  type Translate,
  nlMessageType,
  nlOutage,
  provideMessages,
} from '@wmebv/core';
import { html, nothing, type PropertyValues } from 'lit';
import { WmebvElement } from '../base/element.js';
import { customElement, property, state } from 'lit/decorators.js';
import { noticeTitle, noticeWhen, renderExtension } from './notice-text.js';
import { uniqueId } from '../util/unique-id.js';
import css from './outage-banner.css?inline';

// The Dutch words this element speaks; other languages arrive whole with loadMessages (base/element.ts).
provideMessages('nl', { outage: nlOutage, messageType: nlMessageType });

/** How long after its start an outage counts as "just started", worth an alert rather than a status. */
export const JUST_STARTED_MS = 15 * 60_000;
/** The longest wait between polls after failures (back-off doubles up to this). */
export const MAX_POLL_INTERVAL_MS = 10 * 60_000;

const FEED_KEY = 'wmebv-outage-banner:feed:';
const DISMISSED_KEY = 'wmebv-outage-banner:dismissed';
const ANNOUNCED_KEY = 'wmebv-outage-banner:announced';

/** A short, stable fingerprint of a notice: it changes whenever anything in the notice does. */
export function noticeRevision(notice: OutageNotice): string {
  const text = JSON.stringify(notice);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${notice.id}#${hash.toString(36)}`;
}

function readSet(key: string): Set<string> {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '[]') as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeSet(key: string, values: Set<string>): void {
  try {
    sessionStorage.setItem(key, JSON.stringify([...values]));
  } catch {
    // Storage blocked: dismissal lasts until the page goes.
  }
}

/**
 * Outage notices (storingsmeldingen) for the users of a channel (Awb 2:21 lid 2): ongoing outages
 * and planned work, with the affected channel, start and expected end in Europe/Amsterdam time in
 * the user's language, the other routes, and what it means for deadlines: only an extension the
 * notice says was decided (2:21 lid 1), in the words of its scope, never a promise of one. A notice
 * whose outage is over stays while its extension runs ("Storing voorbij", the extension stands).
 *
 * - Reads the notices document from `src` (polled every `interval` ms, doubling after each failure
 *   up to 10 minutes) or takes it from the `notices` property. The last document read is kept in
 *   `sessionStorage` (notices hold no personal data), so the notice still shows when the feed itself
 *   cannot be reached.
 * - Announced once per session to screen readers through a live region that is always present:
 *   `role="status"`, or `role="alert"` for an outage that started less than 15 minutes ago. It never
 *   moves focus, never scrolls, is never fixed or sticky (so it cannot cover the focused field,
 *   WCAG 2.2 SC 2.4.11), and keeps its place when a surrounding form re-renders.
 * - Each notice can be hidden for the session; it comes back when the notice changes. Focus then
 *   goes to the next notice, or (unless the cancelable `wmebv-outage-dismiss` event is prevented)
 *   to the next focusable element after the banner.
 *
 * @element wmebv-outage-banner
 * @attr src - URL of the notices JSON (`OutageNotices`)
 * @attr interval - milliseconds between polls of `src`; default 60000
 * @attr channel - only notices for this channel (`web-form`, ...); all channels when absent
 * @attr locale - `nl` (default) or `en`; defaults to the nearest `lang`
 * @attr heading-level - level of each notice's heading, 2 to 6; default 2
 * @prop {OutageNotices | OutageNotice[]} notices - the notices, instead of or besides `src`
 * @prop {() => Date} clock - the time used to decide what to show (tests)
 * @fires wmebv-outage-dismiss - cancelable, `{ id }`, when a notice was hidden
 * @fires wmebv-outage-notices - `{ notices, all }` whenever the shown notices (`notices`) or the document read (`all`, resolved ones too) change
 * @cssproperty --wmebv-outage-color - bar and border of an ongoing outage
 * @cssproperty --wmebv-outage-planned-color - bar of planned work
 */
@customElement('wmebv-outage-banner')
export class WmebvOutageBanner extends WmebvElement {
  static override lightStyles = [css];

  @property() src?: string;
  @property({ type: Number }) interval = 60_000;
  @property() channel?: OutageChannel;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ attribute: false }) notices?: OutageNotices | OutageNotice[];
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private fetched: OutageNotice[] = [];
  @state() private dismissed = readSet(DISMISSED_KEY);
  @state() private statusText = '';
  @state() private alertText = '';

  private timer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private readonly uid = uniqueId('wmebv-outage');
  private shownKey = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src) this.restoreFeed();
    this.schedule(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && changed.get('src') !== undefined) {
      this.fetched = [];
      this.restoreFeed();
      this.failures = 0;
      if (this.isConnected) this.schedule(0);
    }
    // Never `hidden`: the live regions must stay in the accessibility tree to be announced.
    this.announce(this.visibleNotices());
  }

  /** Fetches the notices now (also what polling does). */
  async refresh(): Promise<void> {
    if (!this.src) return;
    try {
      const response = await fetch(this.src, { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const parsed = checkOutageNotices(await response.json());
      if (!parsed.ok) {
        console.error(`wmebv-outage-banner: ${this.src} is not an outage notices document:`, parsed.problems);
        throw new Error('invalid notices');
      }
      this.fetched = parsed.document.notices;
      this.failures = 0;
      try {
        sessionStorage.setItem(FEED_KEY + this.src, JSON.stringify(parsed.document));
      } catch {
        // Not kept; shown anyway.
      }
    } catch {
      this.failures += 1; // keep the last notices seen
    }
  }

  /** The wait before the next poll: `interval`, doubled after each failure in a row, at most 10 minutes. */
  get nextPollDelay(): number {
    const base = Math.max(1000, this.interval || 60_000);
    return Math.min(base * 2 ** this.failures, Math.max(base, MAX_POLL_INTERVAL_MS));
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.src || !this.isConnected) return;
    this.timer = setTimeout(() => {
      void this.refresh().then(() => this.schedule(this.nextPollDelay));
    }, delay);
  }

  private restoreFeed(): void {
    try {
      const stored = sessionStorage.getItem(FEED_KEY + this.src);
      const parsed = stored ? checkOutageNotices(stored) : undefined;
      if (parsed?.ok) this.fetched = parsed.document.notices;
    } catch {
      // Nothing kept.
    }
  }

  private allNotices(): OutageNotice[] {
    const given = Array.isArray(this.notices) ? this.notices : (this.notices?.notices ?? []);
    const ids = new Set(given.map((notice) => notice.id));
    return [...given, ...this.fetched.filter((notice) => !ids.has(notice.id))];
  }

  /** The notices on screen now: to be shown at this moment and not hidden by the user. */
  visibleNotices(): OutageNotice[] {
    return noticesToShow(this.allNotices(), this.clock(), this.channel).filter((notice) => !this.dismissed.has(noticeRevision(notice)));
  }

  private get language(): string {
    return this.currentLocale();
  }

  /** Puts new notices into the live region, once per notice revision per session. */
  private announce(visible: OutageNotice[]): void {
    const all = this.allNotices();
    // Resolved notices that are not shown still count for deadlines: tell listeners when any changes.
    const key = `${visible.map(noticeRevision).join(' ')}|${all.map(noticeRevision).join(' ')}`;
    if (key === this.shownKey) return;
    this.shownKey = key;
    const announced = readSet(ANNOUNCED_KEY);
    const fresh = visible.filter((notice) => !announced.has(noticeRevision(notice)));
    if (fresh.length > 0) {
      const t = getTranslator(this.language);
      const now = this.clock().getTime();
      const urgent = fresh.some((notice) => notice.status === 'ongoing' && now - Date.parse(notice.start) < JUST_STARTED_MS);
      const text = fresh.map((notice) => `${this.noticeTitle(notice, t)}. ${localize(notice.message, this.language)}`).join(' ');
      if (urgent) this.alertText = text;
      else this.statusText = text;
      for (const notice of fresh) announced.add(noticeRevision(notice));
      writeSet(ANNOUNCED_KEY, announced);
    }
    this.dispatchEvent(new CustomEvent('wmebv-outage-notices', { detail: { notices: visible, all }, bubbles: true, composed: true }));
  }

  private noticeTitle(notice: OutageNotice, t: Translate): string {
    return noticeTitle(notice, t, this.clock());
  }

  private dismiss(notice: OutageNotice): void {
    const visible = this.visibleNotices();
    const index = visible.findIndex((candidate) => candidate.id === notice.id);
    const next = visible[index + 1] ?? visible[index - 1];
    const dismissed = new Set(this.dismissed);
    dismissed.add(noticeRevision(notice));
    writeSet(DISMISSED_KEY, dismissed);
    this.dismissed = dismissed;
    const event = new CustomEvent('wmebv-outage-dismiss', { detail: { id: notice.id }, bubbles: true, composed: true, cancelable: true });
    void this.updateComplete.then(() => {
      if (next) {
        this.querySelector<HTMLElement>(`[data-notice-id="${CSS.escape(next.id)}"] .wmebv-outage-banner__title`)?.focus({ preventScroll: true });
        return;
      }
      if (this.dispatchEvent(event)) focusAfter(this);
    });
  }

  protected override render(): unknown {
    const visible = this.visibleNotices();
    const locale = this.language;
    const t = getTranslator(locale);
    return html`<div class="wmebv-outage-banner__live wmebv-visually-hidden" role="status">${this.statusText}</div>
      <div class="wmebv-outage-banner__live wmebv-visually-hidden" role="alert">${this.alertText}</div>
      ${visible.map((notice) => this.renderNotice(notice, locale, t))}`;
  }

  private renderNotice(notice: OutageNotice, locale: string, t: Translate): unknown {
    const headingId = `${this.uid}-${notice.id}`;
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 2), 6);
    const now = this.clock();
    const when = noticeWhen(notice, locale, t, now);
    const extension = notice.extension && extensionRuns(notice, now) ? notice.extension : undefined;
    return html`<section
      class="wmebv-outage-banner__notice wmebv-outage-banner__notice--${notice.status}"
      aria-labelledby=${headingId}
      data-notice-id=${notice.id}
    >
      <div class="wmebv-outage-banner__title" id=${headingId} role="heading" aria-level=${level} tabindex="-1">${this.noticeTitle(notice, t)}</div>
      <p class="wmebv-outage-banner__message">${localize(notice.message, locale)}</p>
      <p class="wmebv-outage-banner__when">${when}</p>
      ${
        extension
          ? renderExtension(extension, locale, t)
          : notice.status === 'ongoing'
            ? html`<p class="wmebv-outage-banner__deadline">${t('outage.keepProof')}</p>`
            : nothing
      }
      ${
        notice.alternatives && notice.alternatives.length > 0
          ? html`<p class="wmebv-outage-banner__alternatives-intro">${t('outage.alternatives')}</p>
            <ul class="wmebv-outage-banner__alternatives">
              ${notice.alternatives.map((route) => html`<li>${renderRoute(route, locale, t)}</li>`)}
            </ul>`
          : nothing
      }
      <button type="button" class="wmebv-link-button wmebv-outage-banner__dismiss" @click=${() => this.dismiss(notice)}>
        ${t('outage.dismiss')}<span class="wmebv-visually-hidden">: ${this.noticeTitle(notice, t)}</span>
      </button>
    </section>`;
  }
}

function renderRoute(route: AlternativeRoute, locale: string, t: Translate): unknown {
  const note = route.note ? html` <span class="wmebv-outage-banner__note">${localize(route.note, locale)}</span>` : nothing;
  const label = t(`outage.route.${route.kind}`, { value: route.value });
  if (route.kind === 'phone') return html`<a href="tel:${route.value.replace(/[^+\d]/g, '')}">${label}</a>${note}`;
  if (route.kind === 'email') return html`<a href="mailto:${route.value}">${label}</a>${note}`;
  if (route.kind === 'web' && /^https?:\/\//.test(route.value)) return html`<a href=${route.value}>${label}</a>${note}`;
  return html`${label}${note}`;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focuses the first focusable element after `element` in document order, without scrolling. */
function focusAfter(element: Element): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const next = candidates.find(
    (candidate) => element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING && !element.contains(candidate),
  );
  next?.focus({ preventScroll: true });
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-outage-banner': WmebvOutageBanner;
  }
}
