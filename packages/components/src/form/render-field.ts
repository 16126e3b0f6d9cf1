import { localize, type Field, type FieldValue, type Option } from '@wmebv/core';
import { html } from 'lit';
import type { RevealedQuestions } from '../fields/radio-group/radio-group.js';
import type { TextFieldType } from '../fields/text-field/text-field.js';
import { keptField } from './kept-field.js';
// The elements this module renders are loaded per definition, before its first render (lazy-parts.ts).

/** What a field needs from the form to render: its answer, its message and the language. */
export interface FieldRenderState {
  value: FieldValue | undefined;
  files: readonly File[];
  error: string;
  locale: string;
  /** The fields inside a fieldset, rendered (visible ones only); the form renders them recursively. */
  renderChildren?: (fields: Field[]) => unknown;
  /** Another field's answer: a consent's label shows the e-mail address it applies to. */
  answerOf?: (id: string) => FieldValue | undefined;
  /** A radio question's revealed questions per option value (`findReveals`), rendered under the option. */
  revealed?: Record<string, RevealedQuestions>;
  /** The step shows the legal bases once (`legalBasisPlacement: "step"`): none under the question. */
  legalBasisOnStep?: boolean;
}

/**
 * The element for one definition field, its answer set through the one `answer` property every
 * field has. Every element carries `data-field-id`, which is how the form knows whose `wmebv-answer`
 * event it got.
 */
export function renderField(field: Field, state: FieldRenderState): unknown {
  const { locale, error } = state;
  if (field.type === 'content') {
    return html`<p class="wmebv-content" data-field-id=${field.id}>${localize(field.text, locale)}</p>`;
  }
  const label = localize(field.label, locale);
  const hint = localize(field.hint, locale);
  const id = { 'data-field-id': field.id };
  if (field.type === 'fieldset') {
    return keptField('wmebv-fieldset', { ...id, locale }, { label, hint, content: state.renderChildren?.(field.fields) });
  }
  const text = typeof state.value === 'string' ? state.value : '';
  // What every field element has alike; each case below adds only its own properties.
  const named = { ...id, name: field.id };
  const shared = { label, hint, required: field.required ?? false, legalBasis: state.legalBasisOnStep ? undefined : field.legalBasis, error, locale };
  switch (field.type) {
    case 'textarea':
      return keptField('wmebv-textarea', named, {
        ...shared,
        autocomplete: field.autocomplete ?? '',
        maxLength: field.maxLength,
        rows: field.rows ?? 5,
        answer: text,
      });
    case 'date':
      return keptField('wmebv-date-field', named, { ...shared, autocomplete: field.autocomplete ?? '', answer: text });
    case 'select':
      return keptField('wmebv-select', named, {
        ...shared,
        autocomplete: field.autocomplete ?? '',
        options: localizedOptions(field.options, locale),
        answer: text,
      });
    case 'checkbox':
    case 'consent': {
      // A consent (Awb 2:8) names the address it applies to, so the sender sees what they agree to.
      const address = field.type === 'consent' ? state.answerOf?.(field.addressField) : undefined;
      const shown = typeof address === 'string' && address.trim() !== '' ? `${label} (${address.trim()})` : label;
      return keptField('wmebv-checkbox', named, { ...shared, label: shown, answer: state.value === true });
    }
    case 'checkbox-group':
      return keptField('wmebv-checkbox-group', named, {
        ...shared,
        options: localizedOptions(field.options, locale),
        answer: Array.isArray(state.value) ? state.value : NONE,
      });
    case 'radio':
      return keptField('wmebv-radio-group', named, {
        ...shared,
        options: localizedOptions(field.options, locale),
        revealed: state.revealed ?? NO_REVEALS,
        answer: text,
      });
    case 'file':
      return keptField('wmebv-file-upload', named, {
        ...shared,
        accept: field.accept ?? [],
        maxFileSize: field.maxFileSize,
        maxFiles: field.maxFiles ?? 1,
        answer: [...state.files],
      });
    default:
      // Every other type is typed in a text input, set up by its line in the text field's `SETUP`
      // (its one component entry): a core type with neither a case here nor a line there fails here.
      field.type satisfies TextFieldType;
      return keptField('wmebv-text-field', { ...named, type: field.type }, { ...shared, autocomplete: field.autocomplete ?? '', answer: text });
  }
}

type LocalizedOptions = Array<{ value: string; label: string }>;
const localized = new WeakMap<readonly Option[], Map<string, LocalizedOptions>>();

/**
 * Options with their labels in the user's language, as the choice elements take them: the same
 * array for the same options and language, so a form's re-render (after a validation pass, a typed
 * answer) leaves every select and radio group alone.
 */
function localizedOptions(options: readonly Option[], locale: string): LocalizedOptions {
  let byLocale = localized.get(options);
  if (!byLocale) localized.set(options, (byLocale = new Map()));
  let list = byLocale.get(locale);
  if (!list) byLocale.set(locale, (list = options.map((option) => ({ value: option.value, label: localize(option.label, locale) }))));
  return list;
}

/** No revealed questions: one object, so a radio group that reveals nothing is not re-rendered by every form render. */
const NO_REVEALS: Record<string, RevealedQuestions> = {};

/** No ticked values: one array, so an unanswered checkbox group is not re-rendered by every form render. */
const NONE: string[] = [];
