import { defineFieldType } from './field-type.js';
import { checkTrimmedThen } from './text-rules.js';
import type { KentekenField } from './kenteken.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const KENTEKEN_RULES = ['kenteken'] as const;

/**
 * The groups of a Dutch licence plate per RDW sidecode 1-14, by where its letters (L) and digits
 * (D) are: `LLDDLL` is sidecode 4, written `XX-99-XX`. Every sidecode has its own pattern of
 * letters and digits, so a plate typed without dashes still has one way to be written.
 */
const SIDECODES: Readonly<Record<string, readonly number[]>> = {
  LLDDDD: [2, 2, 2],
  DDDDLL: [2, 2, 2],
  DDLLDD: [2, 2, 2],
  LLDDLL: [2, 2, 2],
  LLLLDD: [2, 2, 2],
  DDLLLL: [2, 2, 2],
  DDLLLD: [2, 3, 1],
  DLLLDD: [1, 3, 2],
  LLDDDL: [2, 3, 1],
  LDDDLL: [1, 3, 2],
  LLLDDL: [3, 2, 1],
  LDDLLL: [1, 2, 3],
  DLLDDD: [1, 2, 3],
  DDDLLD: [3, 2, 1],
};

/**
 * A Dutch kenteken (licence plate) in its written form with dashes, upper case: `ab12cd`, `AB 12 CD`
 * and `ab-12-cd` all become `AB-12-CD`. Only the shape is checked (RDW sidecodes 1-14), not whether
 * the plate was ever issued: that needs the RDW register.
 *
 * @returns the written form, or undefined when it is not the shape of a Dutch plate
 */
export function normaliseKenteken(input: string): string | undefined {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{6}$/.test(compact)) return undefined;
  const groups = SIDECODES[compact.replace(/[A-Z]/g, 'L').replace(/[0-9]/g, 'D')];
  if (!groups) return undefined;
  const [first, second] = groups as [number, number, number];
  return `${compact.slice(0, first)}-${compact.slice(first, first + second)}-${compact.slice(first + second)}`;
}

export const kentekenFieldType = defineFieldType<KentekenField>()({
  type: 'kenteken',
  rules: KENTEKEN_RULES,
  messages: {
    nl: { kenteken: 'Vul een Nederlands kenteken in bij "{{label}}", bijvoorbeeld AB-12-CD.' },
    en: { kenteken: 'Enter a Dutch licence plate for "{{label}}", like AB-12-CD.' },
  },
  check: (_field, raw) => checkTrimmedThen(raw, 'kenteken', normaliseKenteken),
});
