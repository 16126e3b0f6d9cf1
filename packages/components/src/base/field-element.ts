import { formatCitation, localize, type LegalBasis, nlField, provideMessages } from '@wmebv/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnswerDetail, FieldAnswer } from '../events.js';
import { fixedWord } from '../util/fixed-words.js';
import { uncover } from '../util/uncover.js';
import { uniqueId } from '../util/unique-id.js';
import { WmebvElement } from './element.js';
import { FieldChrome, keptNodes, writeCaption, type KeptNodesResult } from './field-chrome.js';
import css from './field.css?inline';

// The Dutch words this element speaks; other languages arrive whole with loadMessages (base/element.ts).
provideMessages('nl', { field: nlField });

/**
 * The base of every `wmebv-*` field: renders, into the light DOM, the chrome a field shares and
 * wires it to the control(s) the subclass renders.
 *
 * - a `<label for>` (or, for a group of controls, a `<fieldset>` with a `<legend>`), with
 *   "(niet verplicht)" appended when the field is not `required` (Awb 4:4 lid 2; never asterisks);
 * - a hint, an inline error (`<p class="wmebv-error-message"><span class="wmebv-visually-hidden">Fout: </span>…</p>`);
 * - for a required field with a `legalBasis`: a "Waarom vragen we dit?" disclosure citing it, named
 *   after its question ("Waarom vragen we dit? (Naam)", the visible words first: WCAG 2.2 SC 2.4.6, 2.5.3);
 *   its content is rendered when it is opened (a long form renders dozens of them, mostly never opened);
 * - `aria-describedby` (hint, then error; only those shown) and `aria-invalid` (only while `error`
 *   is set). Subclasses put `required` on their native control(s) iff the field is required.
 *
 * A field never validates by itself, not while typing, not on blur: it shows what its `error`
 * property says, set by whoever validates (wmebv-form, with core's validation).
 *
 * Children present before the element first renders are fallback content and are removed.
 * Ids are unique on the page (`wmebv-field-N-…`), so two forms on one page work.
 *
 * Every field has one typed `answer` and dispatches `wmebv-answer` ({@link AnswerDetail}) when the
 * user changes it (after the native `input` or `change`); see `events.ts`.
 *
 * @fires wmebv-answer - `{ name, answer }` when the user changed the answer (bubbles, composed)
 */
export abstract class WmebvFieldElement<A extends FieldAnswer = FieldAnswer> extends WmebvElement {
  static override lightStyles = [css];

  /** The name the value is submitted under. */
  @property({ reflect: true }) name = '';

  /** The question, as plain text (already in the user's language). */
  @property() label = '';

  /** Help text under the label. */
  @property() hint = '';

  /** Mandatory. Without it the label says "(niet verplicht)". */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disabled: the control(s) cannot be used and nothing is submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The message to show at the field; empty shows none. Set by whoever validates (or `showError`). */
  @property()
  get error(): string {
    return this.message;
  }

  set error(message: string) {
    this.message = message;
  }

  private message = '';

  /** Why a required field is required; shown under "Waarom vragen we dit?". JSON in the attribute. */
  @property({ type: Object, attribute: 'legal-basis' }) legalBasis?: LegalBasis;

  /** An HTML autocomplete token for the native control (`name`, `email`, `postal-code`, `bday` …). */
  @property() autocomplete = '';

  /** Whether "Waarom vragen we dit?" is open: its content exists only then. */
  @state() private legalBasisOpen = false;

  /** Prefix of every id this field renders. */
  protected readonly fieldId: string = uniqueId('wmebv-field');

  /** The hint, the error message and "(niet verplicht)", as nodes kept per field (field-chrome.ts). */
  private readonly chrome = new FieldChrome(this);

  /** The value: a string for most fields, the chosen files for a file upload. */
  abstract get value(): unknown;

  /**
   * The answer, in the field's own type (the one contract every field shares): text fields, date,
   * select and radio group a string (`''` when empty), a checkbox whether it is ticked, a checkbox
   * group the ticked values, a file upload the chosen files. Setting it dispatches no event, as
   * setting a native control's value does not; each change by the user dispatches `wmebv-answer`.
   * It is `value` for every field but the checkbox, whose answer is `checked`.
   */
  get answer(): A {
    return this.value as A;
  }

  set answer(answer: A) {
    (this as { value: unknown }).value = answer;
  }

  constructor() {
    super();
    // Native `input`/`change` from this field's own control(s), or from the element itself (date,
    // file upload): announce the answer once, typed, for whoever collects answers.
    this.addEventListener('input', this.announceAnswer);
    this.addEventListener('change', this.announceAnswer);
  }

  /**
   * The id of the control the error summary links to (`href="#…"`) and `focusControl()` focuses:
   * the input, the first radio, the first wrong part of a date.
   */
  get controlId(): string {
    return `${this.fieldId}-input`;
  }

  /**
   * Moves the user to the field as GOV.UK's error summary does: scrolls the label (or legend) into
   * view, so the question is visible, then focuses `controlId` without scrolling again. Never
   * selects a radio. If the element has not rendered its latest state yet, this happens once it has.
   */
  focusControl(): void {
    if (this.isUpdatePending || !this.hasUpdated) {
      void this.updateComplete.then(() => this.moveFocus());
      return;
    }
    this.moveFocus();
  }

  /**
   * Shows `message` (empty: none) as setting `error` does, written straight into the field's kept
   * nodes (the message, the control's `aria-invalid` and `aria-describedby`, the bar) rather than
   * through an update, as native validity UI is written (docs/decisions.md, D7): a validation pass
   * shows dozens at once (issue 16). A field that has not rendered, or has an update pending, is
   * updated as for `error`. A later render gives the same DOM, as it reads the same `error`.
   */
  showError(message: string): void {
    const old = this.message;
    this.message = message;
    this.willUpdate(new Map([['error', old]]) as PropertyValues<this>);
    if (this.isUpdatePending || !this.hasUpdated) this.requestUpdate('error', old);
    else this.chrome.showError(this.renderControls()[0]!, this.renderError(), this.isGroup && this.describedBy());
  }

  protected get hintId(): string {
    return `${this.fieldId}-hint`;
  }

  protected get errorId(): string {
    return `${this.fieldId}-error`;
  }

  /** A group of controls renders a `<fieldset>` with the label as `<legend>` instead of a `<label>`. */
  protected get isGroup(): boolean {
    return false;
  }

  /**
   * A single checkbox renders its label beside the box, inside `renderControl()` (with
   * `writeCaption()`), instead of a `<label>` above it.
   */
  protected get captionInControl(): boolean {
    return false;
  }

  /** Whether the field shows an error. */
  protected get invalid(): boolean {
    return Boolean(this.error);
  }

  /**
   * The control(s), as kept nodes (made once, written where they differ; no template, issue 16): a
   * node, or nodes in order (a textarea and its count). Inputs carry `aria-invalid` and
   * `aria-describedby` as the field's state says: `showError` calls this to write them.
   */
  protected abstract renderControl(): Node | Node[];

  /**
   * Ids for `aria-describedby`: the hint, then `extra` (e.g. a character limit), then the error;
   * only those present. `nothing` when there are none, so that no empty attribute is rendered.
   */
  protected describedBy(...extra: Array<string | false | undefined>): string | typeof nothing {
    const ids = [this.hint ? this.hintId : undefined, ...extra, this.invalid ? this.errorId : undefined].filter((id): id is string => Boolean(id));
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  /** Everything between the label and the control that is not hint or error (file limits): a kept node, or `nothing`. */
  protected renderDescription(): Node | typeof nothing {
    return nothing;
  }

  override connectedCallback(): void {
    // An instance property set before the element was defined would hide the class's accessor.
    for (const key of ['value', 'files', 'answer', 'checked'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const own = (this as Record<string, unknown>)[key];
        delete (this as Record<string, unknown>)[key];
        (this as Record<string, unknown>)[key] = own;
      }
    }
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The error bar is the host's own: no wrapper element around every field just to carry it.
    this.classList.toggle('wmebv-field--error', this.invalid);
  }

  /** The whole field as kept nodes: always `keptNodes(...)`, never `nothing` (field-chrome.ts, KeptNodes). */
  protected override render(): KeptNodesResult {
    const hint = this.renderHint();
    const error = this.renderError();
    const controls = this.renderControls();
    const description = this.renderDescription();
    const legalBasis = this.renderLegalBasis();
    // The whole field is kept nodes, placed by one directive (field-chrome.ts).
    const shown = (...parts: unknown[]): Node[] => parts.filter(isNode);
    if (this.captionInControl) return keptNodes(shown(error, ...controls, hint, description, legalBasis));
    if (this.isGroup) {
      const describedBy = this.describedBy();
      return keptNodes([
        this.chrome.group(
          describedBy === nothing ? undefined : describedBy,
          this.label,
          this.renderOptional(),
          shown(hint, description),
          isNode(error) ? error : undefined,
          shown(...controls, legalBasis),
        ),
      ]);
    }
    return keptNodes([
      this.chrome.label(this.controlId, this.label, this.renderOptional()),
      ...shown(hint, description, error, ...controls, legalBasis),
    ]);
  }

  private renderControls(): Node[] {
    return [this.renderControl()].flat();
  }

  /**
   * Writes the label text with " (niet verplicht)" after it into a kept `<label>` or `<legend>`
   * (`text` is its kept text node), as the label of a field with a `<label>` above its control is written.
   */
  protected writeCaption(element: Element, text: Text): void {
    writeCaption(element, text, this.label, this.renderOptional());
  }

  /** " (niet verplicht)" after the label of an optional field (Awb 4:4 lid 2; never asterisks). */
  private renderOptional(): Node | typeof nothing {
    if (this.required) return nothing;
    // The space goes in the same text node as the marker: a whitespace-only text node between Lit's
    // markers is dropped from the accessible name ("Naam(niet verplicht)").
    return this.chrome.optional(` ${fixedWord(this.resolvedLocale, 'field.optional')}`);
  }

  /** The hint under the label (or beside a checkbox's box), `nothing` without one. */
  private renderHint(): unknown {
    if (!this.hint) return nothing;
    return this.chrome.hint(`wmebv-hint${this.captionInControl ? ' wmebv-hint--beside-control' : ''}`, this.hintId, this.hint);
  }

  private renderError(): unknown {
    if (!this.invalid) return nothing;
    return this.chrome.error(this.errorId, fixedWord(this.resolvedLocale, 'field.errorPrefix'), this.error);
  }

  private renderLegalBasis(): unknown {
    const basis = this.legalBasis;
    if (!this.required || !basis) {
      this.chrome.dropLegalBasis();
      return nothing;
    }
    const content = this.legalBasisOpen ? this.renderLegalBasisText(basis) : nothing;
    return this.chrome.legalBasis(fixedWord(this.resolvedLocale, 'field.whyRequired'), this.label, content, this.onLegalBasisToggle);
  }

  private renderLegalBasisText(basis: LegalBasis): unknown {
    const citation = formatCitation(basis, this.resolvedLocale);
    const explanation = localize(basis.explanation, this.resolvedLocale);
    return html`<div class="wmebv-legal-basis__text">
        <p>${this.t('field.legalBasis', { citation })}</p>
        ${explanation ? html`<p>${explanation}</p>` : nothing}
        <p>
          <a href=${basis.url} target="_blank" rel="noopener noreferrer"
            >${this.t('field.legalBasisLink', { citation })}
            <span class="wmebv-legal-basis__new-tab">${this.t('field.opensInNewTab')}</span></a
          >
        </p>
      </div>`;
  }

  private onLegalBasisToggle = (event: Event): void => {
    this.legalBasisOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  private announceAnswer = (event: Event): void => {
    // Only this field's own controls: not those of a field nested inside it.
    let owner = event.target as Element | null;
    while (owner && !(owner instanceof WmebvFieldElement)) owner = owner.parentElement;
    if (owner !== this) return;
    const detail: AnswerDetail<A> = { name: this.name, answer: this.answer };
    this.dispatchEvent(new CustomEvent('wmebv-answer', { detail, bubbles: true, composed: true }));
  };

  private moveFocus(): void {
    const control = this.querySelector<HTMLElement>(`#${CSS.escape(this.controlId)}`);
    if (!control) return;
    // A checkbox's label is beside the box, under its error: show the whole field from its top.
    const caption = this.captionInControl ? this : this.querySelector<HTMLElement>(':scope > .wmebv-label, :scope > .wmebv-fieldset > .wmebv-legend');
    const target = caption ?? control;
    target.scrollIntoView({ block: 'start' });
    uncover(target);
    control.focus({ preventScroll: true });
  }
}

function isNode(value: unknown): value is Node {
  return value instanceof Node;
}
