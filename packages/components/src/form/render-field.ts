import { localize, type Field, type FieldValue } from '@wmebv/core';
import { html, type TemplateResult } from 'lit';

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
}

/**
 * The element for one definition field. Every element carries `data-field-id`, which is how the
 * form finds the field an `input` or `change` event came from.
 */
export function renderField(field: Field, state: FieldRenderState): TemplateResult {
  const { locale, error } = state;
  if (field.type === 'content') {
    return html`<p class="wmebv-content" data-field-id=${field.id}>${localize(field.text, locale)}</p>`;
  }
  const label = localize(field.label, locale);
  const hint = localize(field.hint, locale);
  if (field.type === 'fieldset') {
    return html`<wmebv-fieldset
      data-field-id=${field.id}
      .label=${label}
      .hint=${hint}
      .content=${state.renderChildren?.(field.fields)}
      locale=${locale}
    ></wmebv-fieldset>`;
  }
  const text = typeof state.value === 'string' ? state.value : '';
  switch (field.type) {
    case 'text':
    case 'email':
    case 'tel':
    case 'postcode':
    case 'number':
    case 'bsn':
    case 'iban':
    case 'kvk':
      return html`<wmebv-text-field
        data-field-id=${field.id}
        name=${field.id}
        type=${field.type}
        .label=${label}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .autocomplete=${field.autocomplete ?? ''}
        .value=${text}
        .error=${error}
        locale=${locale}
      ></wmebv-text-field>`;
    case 'textarea':
      return html`<wmebv-textarea
        data-field-id=${field.id}
        name=${field.id}
        .label=${label}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .autocomplete=${field.autocomplete ?? ''}
        .maxLength=${field.maxLength}
        .rows=${field.rows ?? 5}
        .value=${text}
        .error=${error}
        locale=${locale}
      ></wmebv-textarea>`;
    case 'date':
      return html`<wmebv-date-field
        data-field-id=${field.id}
        name=${field.id}
        .label=${label}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .autocomplete=${field.autocomplete ?? ''}
        .value=${text}
        .error=${error}
        locale=${locale}
      ></wmebv-date-field>`;
    case 'select':
      return html`<wmebv-select
        data-field-id=${field.id}
        name=${field.id}
        .label=${label}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .autocomplete=${field.autocomplete ?? ''}
        .options=${field.options.map((option) => ({ value: option.value, label: localize(option.label, locale) }))}
        .value=${text}
        .error=${error}
        locale=${locale}
      ></wmebv-select>`;
    case 'checkbox':
    case 'consent': {
      // A consent (Awb 2:8) names the address it applies to, so the sender sees what they agree to.
      const address = field.type === 'consent' ? state.answerOf?.(field.addressField) : undefined;
      const shown = typeof address === 'string' && address.trim() !== '' ? `${label} (${address.trim()})` : label;
      return html`<wmebv-checkbox
        data-field-id=${field.id}
        name=${field.id}
        .label=${shown}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .checked=${state.value === true}
        .error=${error}
        locale=${locale}
      ></wmebv-checkbox>`;
    }
    case 'checkbox-group':
      return html`<wmebv-checkbox-group
        data-field-id=${field.id}
        name=${field.id}
        .label=${label}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .options=${field.options.map((option) => ({ value: option.value, label: localize(option.label, locale) }))}
        .value=${Array.isArray(state.value) ? state.value : []}
        .error=${error}
        locale=${locale}
      ></wmebv-checkbox-group>`;
    case 'radio':
      return html`<wmebv-radio-group
        data-field-id=${field.id}
        name=${field.id}
        .label=${label}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .options=${field.options.map((option) => ({ value: option.value, label: localize(option.label, locale) }))}
        .value=${text}
        .error=${error}
        locale=${locale}
      ></wmebv-radio-group>`;
    case 'file':
      return html`<wmebv-file-upload
        data-field-id=${field.id}
        name=${field.id}
        .label=${label}
        .hint=${hint}
        .required=${field.required ?? false}
        .legalBasis=${field.legalBasis}
        .accept=${field.accept ?? []}
        .maxFileSize=${field.maxFileSize}
        .maxFiles=${field.maxFiles ?? 1}
        .files=${state.files}
        .error=${error}
        locale=${locale}
      ></wmebv-file-upload>`;
  }
}
