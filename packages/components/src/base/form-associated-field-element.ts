import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { FieldAnswer } from '../events.js';
import { WmebvFieldElement } from './field-element.js';

/**
 * The base of fields whose value spans several controls or is not a string (date, file upload):
 * they are form-associated custom elements (`ElementInternals`) and submit their value under their
 * own `name`, while their inner controls have no `name` (otherwise FormData would get values
 * twice). Written once here: internals, disabled by an ancestor `<fieldset disabled>`, and the
 * `input`/`change` events the element dispatches itself when its value changes.
 *
 * Subclasses implement `formResetCallback` (back to the initial value) and
 * `formStateRestoreCallback`, and call `internals.setFormValue` whenever their value changes.
 */
export abstract class WmebvFormAssociatedFieldElement<A extends FieldAnswer = FieldAnswer> extends WmebvFieldElement<A> {
  static formAssociated = true;

  protected readonly internals: ElementInternals;

  /** Disabled by an ancestor `<fieldset disabled>` or by the `disabled` attribute (formDisabledCallback). */
  @state() protected formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form the element belongs to, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Called by the browser when the element's disabled state changes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser on `form.reset()`. */
  abstract formResetCallback(): void;

  /** Called by the browser when it restores form state (back/forward navigation, autofill). */
  abstract formStateRestoreCallback(state: File | string | FormData | null, mode: 'restore' | 'autocomplete'): void;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Reflect `disabled` before rendering, not after (Lit reflects after render): the browser then
    // calls formDisabledCallback now, and this render already has the right disabled state.
    if (changed.has('disabled')) this.toggleAttribute('disabled', this.disabled);
    super.willUpdate(changed);
  }

  /** Whether the inner controls are disabled. */
  protected get controlsDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Dispatches a bubbling, composed `input` or `change` event from the element itself. */
  protected emit(type: 'input' | 'change'): void {
    // Two literal events (not `new Event(type)`), so that the manifest analyzer names them.
    const init: EventInit = { bubbles: true, composed: true };
    this.dispatchEvent(type === 'input' ? new Event('input', init) : new Event('change', init));
  }
}
