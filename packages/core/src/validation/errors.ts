/**
 * A validation result as plain data (the Lion way): what is wrong where, with the message key and
 * its parameters. Never a sentence: the UI and server localise it, adding the field's label.
 */
export interface ValidationError {
  /** The id of the field or declaration concerned; `''` for the submission as a whole. */
  field: string;
  target: 'field' | 'declaration' | 'submission';
  rule: ValidationRule;
  params: Record<string, string | number>;
  /** i18n key under `validation.` in the core resources. */
  messageKey: string;
}

export type ValidationRule =
  | 'required'
  | 'minLength'
  | 'maxLength'
  | 'postcode'
  | 'email'
  | 'tel'
  | 'date'
  | 'minDate'
  | 'maxDate'
  | 'pattern'
  | 'number'
  | 'integer'
  | 'min'
  | 'max'
  | 'bsn'
  | 'iban'
  | 'kvk'
  | 'minSelected'
  | 'maxSelected'
  | 'option'
  | 'type'
  | 'fileType'
  | 'fileSize'
  | 'fileEmpty'
  | 'maxFiles'
  | 'attachment'
  | 'unknownField'
  | 'hiddenField'
  | 'unknownDeclaration'
  | 'form';
