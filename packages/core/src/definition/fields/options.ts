/** What the choice types (radio, select, checkbox group) share: answers are option values. */
import { localize } from '../localized.js';
import type { Option } from '../parts.js';
import { accepted, rejected, type FieldCheck } from './field-type.js';

/** An option's label in `locale`, or the value itself when no option has it. */
export function optionLabel(options: readonly Option[], value: string, locale: string): string {
  const option = options.find((candidate) => candidate.value === value);
  return option ? localize(option.label, locale) : value;
}

/** One option's value (radio, select), or the problem with the answer. */
export function checkOneOption(options: readonly Option[], raw: unknown): FieldCheck<'option' | 'type'> {
  if (typeof raw !== 'string') return rejected('type');
  return options.some((option) => option.value === raw) ? accepted(raw) : rejected('option', raw);
}
