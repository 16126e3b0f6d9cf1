import { provideMessages } from '../i18n/catalog.js';
import { compileMessage } from '../i18n/compile.js';
import { nlValidation as validation } from '../i18n/nl/validation.js';
import { FIELD_TYPE_MESSAGES } from '../definition/fields/registry.js';
import { localize, type LocalizedString } from '../definition/localized.js';
import type { FormDefinition } from '../definition/schema.js';
import { fieldLabel, findField, withPlacedFields } from '../definition/walk.js';
import { formatBytes, formatDate } from '../i18n/format.js';
import { getTranslator, type MessageKey } from '../i18n/translate.js';
import type { ValidationError } from './errors.js';

// The Dutch words this module speaks, with the field types' own (English arrives with loadMessages,
// which adds the field types' English words: catalog.ts).
provideMessages('nl', { validation: { ...validation, ...FIELD_TYPE_MESSAGES.nl } });
provideMessages('en', { validation: FIELD_TYPE_MESSAGES.en });

/**
 * The sentence for a validation error in `locale`, with the field's label filled in: the same text
 * inline, in the error summary and in the server's 422 answer. A question's or declaration's own
 * `errorMessages[rule]` (in `locale`, else Dutch) replaces the default, with the same parameters
 * (`{{label}}`, `{{max}}`, `{{name}}` ...) filled in.
 */
export function describeValidationError(definition: FormDefinition, error: ValidationError, locale: string): string {
  const field = findField(definition, error.field);
  const declaration = definition.declarations?.find((candidate) => candidate.id === error.field);
  const label = localize(field ? fieldLabel(field) : declaration?.label, locale) || error.field;
  const params: Record<string, unknown> = { ...error.params, label };
  if (error.rule === 'fileSize' && typeof error.params['max'] === 'number') params['max'] = formatBytes(error.params['max'], locale);
  if (error.rule === 'minDate' && typeof error.params['min'] === 'string') params['min'] = formatDate(error.params['min'], locale);
  if (error.rule === 'maxDate' && typeof error.params['max'] === 'string') params['max'] = formatDate(error.params['max'], locale);
  if (error.rule === 'pattern' && field && 'patternMessage' in field) params['description'] = localize(field.patternMessage, locale);
  const owner = error.target === 'declaration' ? declaration : error.target === 'field' ? field : undefined;
  const own =
    owner && 'errorMessages' in owner ? (owner.errorMessages as Readonly<Record<string, LocalizedString | undefined>> | undefined) : undefined;
  const custom = localize(own?.[error.rule], locale);
  // The author's text is plain text, never a message key: `$t(...)` in it stays as written.
  if (custom) return compileMessage(custom, locale)(params, (key) => `$t(${key})`);
  // A field type's own key (`validation.kenteken`) is typed by its module, not the resources (a type
  // cycle otherwise); isValidationMessageKey checked it against both when the error was parsed.
  return getTranslator(locale)(error.messageKey as MessageKey, params);
}

/**
 * `describeValidationError` for every error of a pass, in order: the definition's fields are looked
 * up in one walk rather than one per error (a 200-field step with 66 errors walked 66 times).
 */
export function describeValidationErrors(definition: FormDefinition, errors: readonly ValidationError[], locale: string): string[] {
  if (errors.length === 0) return [];
  return withPlacedFields(definition, () => errors.map((error) => describeValidationError(definition, error, locale)));
}
