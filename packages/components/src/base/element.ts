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
    if (!connectedTags.has(this.localName)) {
      connectedTags.add(this.localName);
      tagSelector = [...connectedTags].join(', ');
    }
    adoptStyleList(this.getRootNode(), stylesOf(this.constructor as typeof WmebvElement));
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

/** The tag names of the `wmebv-*` elements connected so far. */
const connectedTags = new Set<string>();
let tagSelector = '';

/**
 * A selector matching every `wmebv-*` element in a page (those connected so far, which are all
 * there can be inside a root): waiting for them needs no walk over every element of a long form.
 */
export function wmebvElementSelector(): string {
  return tagSelector;
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
