/**
 * The zod schemas of the field types that take an answer, in the order of `INPUT_FIELD_TYPES`
 * (`registry.ts`, whose checks import no zod). Only what checks a definition's shape imports this:
 * the document schema (`schema.ts`) and, through it, the linter, the JSON Schema and the generated
 * definition validator. A test checks that both lists name the same types in the same order.
 */
import { BsnFieldSchema } from './bsn.schema.js';
import { CheckboxGroupFieldSchema } from './checkbox-group.schema.js';
import { CheckboxFieldSchema } from './checkbox.schema.js';
import { ConsentFieldSchema } from './consent.schema.js';
import { DateFieldSchema } from './date.schema.js';
import { EmailFieldSchema } from './email.schema.js';
import { FileFieldSchema } from './file.schema.js';
import { IbanFieldSchema } from './iban.schema.js';
import { KentekenFieldSchema } from './kenteken.schema.js';
import { KvkFieldSchema } from './kvk.schema.js';
import { NumberFieldSchema } from './number.schema.js';
import { PostcodeFieldSchema } from './postcode.schema.js';
import { RadioFieldSchema } from './radio.schema.js';
import { SelectFieldSchema } from './select.schema.js';
import { TelFieldSchema } from './tel.schema.js';
import { TextFieldSchema } from './text.schema.js';
import { TextareaFieldSchema } from './textarea.schema.js';
import type * as z from '../../zod.js';

/** The zod schemas of the answer-taking field types, in registry order. */
export const INPUT_FIELD_SCHEMAS = [
  TextFieldSchema,
  EmailFieldSchema,
  TelFieldSchema,
  PostcodeFieldSchema,
  NumberFieldSchema,
  BsnFieldSchema,
  IbanFieldSchema,
  KvkFieldSchema,
  KentekenFieldSchema,
  TextareaFieldSchema,
  DateFieldSchema,
  SelectFieldSchema,
  RadioFieldSchema,
  CheckboxFieldSchema,
  CheckboxGroupFieldSchema,
  FileFieldSchema,
  ConsentFieldSchema,
] as const;

/** A field that takes an answer. */
export type InputField = z.infer<(typeof INPUT_FIELD_SCHEMAS)[number]>;
