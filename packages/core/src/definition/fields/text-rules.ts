/**
 * What the text-like field types share (text, email, tel, postcode, textarea, kenteken): trimming,
 * length limits in code points, and a pattern that the whole answer must match.
 */
import { textLength } from '../../answers/empty.js';
import type { LocalizedString } from '../localized.js';
import { accepted, rejected, type FieldCheck, type FieldMessageKey } from './field-type.js';

/** The members of a text-like field that `checkText` reads. */
export interface TextConstraints {
  minLength?: number | undefined;
  maxLength?: number | undefined;
  pattern?: string | undefined;
  patternMessage?: LocalizedString | undefined;
}

/** The rules `checkText` can report. */
export type TextRule = 'minLength' | 'maxLength' | 'pattern';
export const TEXT_RULES: readonly TextRule[] = ['minLength', 'maxLength', 'pattern'];

/**
 * A one-line answer is trimmed; a multi-line one keeps its white space with line breaks as `\n`.
 * Then the length limits (Unicode code points) and the pattern apply.
 */
export function checkText(field: TextConstraints, raw: unknown, multiline = false): FieldCheck<TextRule | 'type'> {
  if (typeof raw !== 'string') return rejected('type');
  const value = multiline ? raw.replace(/\r\n?/g, '\n') : raw.trim();
  const length = textLength(value);
  if (field.maxLength !== undefined && length > field.maxLength) return rejected('maxLength', value, { max: field.maxLength, length });
  if (field.minLength !== undefined && length < field.minLength) return rejected('minLength', value, { min: field.minLength, length });
  if (field.pattern !== undefined && !matchesPattern(field.pattern, value)) return rejected('pattern', value);
  return accepted(value);
}

/** `validation.patternDescribed` when the field explains its pattern, so the user learns what is expected. */
export function textMessageKey(field: TextConstraints, rule: string): FieldMessageKey | undefined {
  return rule === 'pattern' && field.patternMessage !== undefined ? 'validation.patternDescribed' : undefined;
}

const patterns = new Map<string, RegExp | null>();

/**
 * Whether the whole answer matches `pattern` (JavaScript syntax, Unicode mode), as HTML's `pattern`
 * attribute does. A pattern that does not compile never blocks an answer (the linter reports it).
 */
export function matchesPattern(pattern: string, value: string): boolean {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      compiled = null;
    }
    patterns.set(pattern, compiled);
  }
  return compiled === null || compiled.test(value);
}

/**
 * A text-like answer checked first by `checkText`, then by the type's own normalisation
 * (`normalise` returns the normal form, or undefined when the answer is not of the type).
 */
export function checkTextThen<Rule extends string>(
  field: TextConstraints,
  raw: unknown,
  rule: Rule,
  normalise: (value: string) => string | undefined,
): FieldCheck<TextRule | 'type' | Rule> {
  const text = checkText(field, raw);
  if (text.problems.length > 0 || typeof text.value !== 'string') return text;
  return normalisedAs(text.value, rule, normalise);
}

/**
 * A one-line answer of a type without length limits or pattern (bsn, iban, kvk, kenteken): trimmed,
 * then the type's own normalisation, so its check reports only its own rule (or `type`).
 */
export function checkTrimmedThen<Rule extends string>(
  raw: unknown,
  rule: Rule,
  normalise: (value: string) => string | undefined,
): FieldCheck<'type' | Rule> {
  return typeof raw === 'string' ? normalisedAs(raw.trim(), rule, normalise) : rejected('type');
}

function normalisedAs<Rule extends string>(value: string, rule: Rule, normalise: (value: string) => string | undefined): FieldCheck<Rule> {
  const normal = normalise(value);
  return normal === undefined ? rejected(rule, value) : accepted(normal);
}
