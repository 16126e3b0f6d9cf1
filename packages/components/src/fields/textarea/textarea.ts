import { textLength } from '@wmebv/core';
import { nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { WmebvFieldElement } from '../../base/field-element.js';
import { writeAttributes } from '../../base/kept-element.js';
import { ValueSync } from '../../base/value-sync.js';
import css from './textarea.css?inline';

/** How long typing must pause before screen readers hear the new character count (GOV.UK: 1 s). */
export const CHARACTER_COUNT_DELAY = 1000;

/**
 * A multi-line text question: a native `<textarea>` with a label, hint and error, in the light DOM,
 * and with `maxLength` a character count (GOV.UK style).
 *
 * Not form-associated: the native textarea carries `name`, `value`, `required` and `autocomplete`.
 * The native `maxlength` is never set: text is never cut off. With `maxLength`, the count under the
 * textarea says how many characters are left ("U heeft nog 12 tekens over") or how many too many,
 * counted as core's `textLength` counts them (Unicode code points, a line break is one). Sighted
 * users see it change at once; screen readers hear it in a polite live region once typing pauses
 * ({@link CHARACTER_COUNT_DELAY}); the limit itself ("U kunt maximaal 500 tekens invullen.") is part
 * of the textarea's description.
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-textarea
 *
 * @attr {boolean} required - mandatory; otherwise "(niet verplicht)" follows the label
 * @attr {string} autocomplete - autocomplete token for the textarea
 * @attr {number} rows - visible lines (default 5)
 * @attr {number} maxlength - character limit shown by the count (never enforced by cutting off)
 * @attr {string} value - the initial value; `form.reset()` returns to it
 *
 * @prop {string} value - the current text
 * @prop {string} defaultValue - the initial text (attribute `value`)
 * @prop {number | undefined} maxLength - character limit (attribute `maxlength`)
 * @prop {string} controlId - id of the textarea (error summary links to it)
 *
 * @fires input - the native textarea's event, bubbling (target: the textarea)
 * @fires change - the native textarea's event, bubbling (target: the textarea)
 *
 * @cssproperty --wmebv-input-border-color - border of the textarea
 * @cssproperty --wmebv-input-max-width - widest the textarea gets
 * @cssproperty --wmebv-error-color - error message, error border, count over the limit
 * @cssproperty --wmebv-secondary-text-color - hint and count text
 * @cssproperty --wmebv-focus-color - focus outline
 */
@customElement('wmebv-textarea')
export class WmebvTextarea extends WmebvFieldElement<string> {
  static override lightStyles = [css];

  /** Visible lines. */
  @property({ type: Number }) rows = 5;

  /** Character limit for the count; no count without it. */
  @property({ type: Number, attribute: 'maxlength' }) maxLength?: number;

  /** The initial text (the `value` attribute), restored by `form.reset()`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Characters typed, as the visible count shows it. */
  @state() private length = 0;

  /** What the live region says (updated only after typing pauses). */
  @state() private spokenCount = '';

  /** The textarea, made on the first render and kept (a node rather than a template: issue 16). */
  private textarea?: HTMLTextAreaElement;

  /** With a limit, the count's three paragraphs (the limit, the visible count, the live region), kept. */
  private count?: HTMLParagraphElement[];

  private readonly sync = new ValueSync<string>(this, {
    read: () => this.textarea?.value,
    write: (text) => {
      if (!this.textarea) return false;
      if (this.textarea.value !== text) this.textarea.value = text;
      return true;
    },
    initial: () => this.defaultValue,
  });
  private announceTimer?: ReturnType<typeof setTimeout>;
  private listeningRoot?: Node;

  /** The current text. */
  get value(): string {
    return this.sync.value;
  }

  set value(value: string) {
    const text = value == null ? '' : String(value);
    if (text === this.value) return;
    this.sync.value = text;
    this.length = textLength(text);
    this.scheduleAnnouncement();
  }

  private get limitId(): string {
    return `${this.fieldId}-limit`;
  }

  private get hasLimit(): boolean {
    return typeof this.maxLength === 'number' && this.maxLength > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A form reset puts the text back without an input event: recount afterwards. (`reset` bubbles,
    // but fires before the reset happens.)
    this.listeningRoot = this.getRootNode();
    this.listeningRoot.addEventListener('reset', this.onReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeningRoot?.removeEventListener('reset', this.onReset);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      this.length = textLength(this.value);
      this.spokenCount = this.countText();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // `defaultValue` changes the text of an untouched textarea only after rendering.
    if (changed.has('defaultValue') && this.textarea && textLength(this.textarea.value) !== this.length) {
      this.length = textLength(this.textarea.value);
    }
  }

  protected override renderControl(): HTMLTextAreaElement | HTMLElement[] {
    const over = this.hasLimit && this.length > this.maxLength!;
    const describedBy = this.describedBy(this.hasLimit && this.limitId);
    let textarea = this.textarea;
    if (!textarea) {
      textarea = this.textarea = this.ownerDocument.createElement('textarea');
      textarea.addEventListener('input', this.onInput);
    }
    writeAttributes(textarea, {
      class: `wmebv-input wmebv-textarea${over ? ' wmebv-textarea--over-limit' : ''}`,
      id: this.controlId,
      name: this.name || undefined,
      rows: String(this.rows),
      autocomplete: this.autocomplete || undefined,
      required: this.required,
      disabled: this.disabled,
      'aria-invalid': this.invalid ? 'true' : 'false',
      'aria-describedby': describedBy === nothing ? undefined : describedBy,
    });
    // The initial text: a user's typing (the value) stays, as with a native textarea.
    if (textarea.defaultValue !== this.defaultValue) textarea.defaultValue = this.defaultValue;
    if (!this.hasLimit) return textarea;
    // `<p class="wmebv-visually-hidden" id>limit</p><p class="wmebv-character-count" aria-hidden="true">count</p>
    // <p class="wmebv-visually-hidden wmebv-character-count__status" aria-live="polite">spoken count</p>`
    const count = (this.count ??= [{}, { 'aria-hidden': 'true' }, { 'aria-live': 'polite' }].map((attributes) => {
      const p = this.ownerDocument.createElement('p');
      writeAttributes(p, attributes);
      // One text node each, written in place: the live region hears its text change, as from a template.
      p.append('');
      return p;
    }));
    const texts = [this.t('field.characterCountLimit', { max: this.maxLength }), this.countText(), this.spokenCount];
    const classes = [
      'wmebv-visually-hidden',
      `wmebv-character-count${over ? ' wmebv-character-count--over' : ''}`,
      'wmebv-visually-hidden wmebv-character-count__status',
    ];
    count.forEach((p, index) => {
      if (p.className !== classes[index]) p.className = classes[index]!;
      const text = p.firstChild as Text;
      if (text.data !== texts[index]) text.data = texts[index]!;
    });
    if (count[0]!.id !== this.limitId) count[0]!.id = this.limitId;
    return [textarea, ...count];
  }

  private countText(): string {
    if (!this.hasLimit) return '';
    const left = this.maxLength! - this.length;
    return left >= 0 ? this.t('field.characterCount', { count: left }) : this.t('field.characterCountOver', { count: -left });
  }

  private onInput = (): void => {
    this.length = textLength(this.textarea?.value ?? '');
    this.scheduleAnnouncement();
  };

  private onReset = (event: Event): void => {
    if (!this.textarea || event.target !== this.textarea.form) return;
    setTimeout(() => {
      this.length = textLength(this.textarea?.value ?? '');
      this.scheduleAnnouncement();
    });
  };

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    if (!this.hasLimit) return;
    this.announceTimer = setTimeout(() => {
      this.spokenCount = this.countText();
    }, CHARACTER_COUNT_DELAY);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-textarea': WmebvTextarea;
  }
}
