/** Examples of `wmebv-radio-group` (also used by the error summary's stories). */
import type { Option } from '@wmebv/core';

/** The two answers of "Waar woont u?" on the objection form. */
export const residenceOptions: Option[] = [
  { value: 'nl', label: 'In Nederland' },
  { value: 'buitenland', label: 'In het buitenland' },
];

export const residenceOptionsEn: Option[] = [
  { value: 'nl', label: 'In the Netherlands' },
  { value: 'buitenland', label: 'Abroad' },
];
