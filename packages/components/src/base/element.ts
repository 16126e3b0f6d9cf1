import { getTranslator, hasMessages, loadMessages, resolveLocale, type SupportedLocale, type Translate } from '@wmebv/core';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { adoptStyleList } from '../util/adopt-styles.js';

/** The CSS each class listed, collected up its class chain once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- keyed by class constructors of any signature; only their identity is used
const collected = new WeakMap<Function, readonly string[]>();

/**
 * The base of every `wmebv-*` element, written once:
 *
 * - **Light DOM**: the element renders into itself, so labels, autofill, `#id` links, FormData and
 *   the page's CSS work as in plain HTML. Children present before the first render are fallback
 *   content ("Werkt dit niet? Bel 14 0999"): removed, and kept in `fallbackContent`.
 * - **Styles**: on connecting, the library's tokens and shared rules and the `lightStyles` of the
 *   element's class and its ancestors are adopted into the document or shadow root it lives in,
 *   each at most once per root (`adoptStyles`; all in `@layer wmebv`, so the page's rules win).
 * - **Language**: `locale`, else the nearest `lang` attribute, else Dutch; resolved before each
 *   render into `resolvedLocale` and `t`. Dutch words are in the bundle; another language's are
 *   fetched once (`loadMessages`) before the element renders in it, so no Dutch flashes first.
 *
 * @attr {string} locale - language of the element's own words (`nl`, `en`); defaults to the nearest `lang`, then Dutch
 */
export abstract class WmebvElement extends LitElement {
  /** The CSS texts this class adds (its own file); ancestors' are adopted too. */
  static lightStyles: readonly string[] = [];

  /** Language of the element's own words (`nl`, `en`); defaults to the nearest `lang` attribute, then Dutch. */
  @property() locale = '';

  /** The language the element's own words are in, resolved before each render. */
  protected resolvedLocale: SupportedLocale = 'nl';

  /** Translate into `resolvedLocale`. */
  protected t: Translate = getTranslator('nl');

  /** Children the element had before its first render (fallback content), removed from view. */
  protected fallbackContent: Node[] = [];

  /** The language now, for code outside rendering (event handlers, timers). */
  protected currentLocale(): SupportedLocale {
    return resolveLocale(this.locale || this.closest('[lang]')?.getAttribute('lang'));
  }

  protected override createRenderRoot(): HTMLElement {
    this.fallbackContent = [...this.childNodes];
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.isUpdatePending || !this.hasUpdated) unsettled.add(this);
    adoptStyleList(this.getRootNode(), stylesOf(this.constructor as typeof WmebvElement));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unsettled.delete(this);
  }

  override requestUpdate(...request: Parameters<LitElement['requestUpdate']>): void {
    // Called for every property set: only an update that becomes pending here counts.
    const settled = !this.isUpdatePending;
    super.requestUpdate(...request);
    if (settled && this.isUpdatePending && this.isConnected) unsettled.add(this);
  }

  /** Waits for the messages of the element's language before rendering (Dutch when they cannot be fetched). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.currentLocale();
    if (hasMessages(locale)) return super.scheduleUpdate();
    return loadMessages(locale).then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolvedLocale = this.currentLocale();
    this.t = getTranslator(this.resolvedLocale);
  }
}

/**
 * The connected `wmebv-*` elements that may not have rendered their latest state: each adds itself
 * when it connects before its first render and whenever an update is requested; `unsettledIn` drops
 * those that have settled. So waiting for a long form's elements (`settleChildren`, on every render
 * of `wmebv-form`, which is on every typed answer) looks at the few that changed, not at every
 * element of the page.
 */
const unsettled = new Set<WmebvElement>();

/**
 * The connected `wmebv-*` elements inside `root` (not `root` itself) with an update pending or yet
 * to render their first time.
 */
export function unsettledIn(root: Node): WmebvElement[] {
  const found: WmebvElement[] = [];
  for (const element of unsettled) {
    if (!element.isConnected || (element.hasUpdated && !element.isUpdatePending)) unsettled.delete(element);
    else if (element !== root && root.contains(element)) found.push(element);
  }
  return found;
}

function stylesOf(element: typeof WmebvElement): readonly string[] {
  let styles = collected.get(element);
  if (!styles) {
    const chain: string[][] = [];
    for (let current: unknown = element; current && current !== LitElement; current = Object.getPrototypeOf(current)) {
      if (Object.prototype.hasOwnProperty.call(current, 'lightStyles')) chain.unshift([...(current as typeof WmebvElement).lightStyles]);
    }
    styles = chain.flat();
    collected.set(element, styles);
  }
  return styles;
}
