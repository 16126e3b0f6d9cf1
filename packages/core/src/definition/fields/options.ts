/** What the choice types (radio, select, checkbox group) share: answers are option values. */
import { localize } from '../localized.js';
import type { Option } from '../parts.js';

/** An option's label in `locale`, or the value itself when no option has it. */
export function optionLabel(options: readonly Option[], value: string, locale: string): string {
  const option = options.find((candidate) => candidate.value === value);
  return option ? localize(option.label, locale) : value;
}
