import { provideMessages } from '../i18n/catalog.js';
import { validation } from '../i18n/nl.js';
import { localize } from '../definition/localized.js';
import type { FormDefinition } from '../definition/schema.js';
import { fieldLabel, findField } from '../definition/walk.js';
import { formatBytes, formatDate } from '../i18n/format.js';
import { getTranslator } from '../i18n/translate.js';
import type { ValidationError } from './errors.js';

// The Dutch words this module speaks (English arrives whole with loadMessages).
provideMessages('nl', { validation });

/**
 * The sentence for a validation error in `locale`, with the field's label filled in: the same text
 * inline, in the error summary and in the server's 422 answer.
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
  return getTranslator(locale)(error.messageKey, params);
}
