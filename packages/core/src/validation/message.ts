import { localize } from '../definition/localized.js';
import type { FormDefinition } from '../definition/schema.js';
import { findField } from '../definition/walk.js';
import { formatBytes } from '../i18n/format.js';
import { getTranslator } from '../i18n/translate.js';
import type { ValidationError } from './errors.js';

/**
 * The sentence for a validation error in `locale`, with the field's label filled in: the same text
 * inline, in the error summary and in the server's 422 answer.
 */
export function describeValidationError(definition: FormDefinition, error: ValidationError, locale: string): string {
  const field = findField(definition, error.field);
  const declaration = definition.declarations?.find((candidate) => candidate.id === error.field);
  const label = localize(field?.label ?? declaration?.label, locale) || error.field;
  const params: Record<string, unknown> = { ...error.params, label };
  if (error.rule === 'fileSize' && typeof error.params['max'] === 'number') params['max'] = formatBytes(error.params['max'], locale);
  return getTranslator(locale)(error.messageKey, params);
}
