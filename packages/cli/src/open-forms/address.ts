import type { Field, FieldsetField, LocalizedString } from '@wmebv/core';
import type { MapContext } from './context.js';
import type { Json } from './text.js';

/**
 * Open Forms' `addressNL` (`custom.py`: postcode, houseNumber, houseLetter, houseNumberAddition,
 * city, streetName; required means postcode and house number) as a fieldset of our fields. With
 * `deriveAddress` Open Forms fills street and city from the BAG; we ask them, optional, so people
 * without a BAG address can still answer.
 */
export function addressFields(key: string, component: Json, label: LocalizedString, context: MapContext): FieldsetField {
  const id = context.idFor(key, 'addressNL');
  const validate = (component['validate'] ?? {}) as Json;
  const required = validate['required'] === true;
  const basis = context.legalBases[key];
  const part = (
    suffix: string,
    type: 'postcode' | 'text',
    nl: string,
    en: string,
    autocomplete: string,
    mandatory: boolean,
    extra: Partial<Record<string, unknown>> = {},
  ): Field => {
    const field: Record<string, unknown> = {
      id: context.idFor(`${id}-${suffix}`, 'addressNL', true),
      type,
      label: { nl, en },
      autocomplete,
      ...extra,
    };
    if (mandatory) {
      field['required'] = true;
      if (basis) field['legalBasis'] = basis;
    }
    context.comparable.set(`${key}.${suffix}`, type);
    context.ids.set(`${key}.${suffix}`, field['id'] as string);
    return field as unknown as Field;
  };
  if (component['deriveAddress'] === true) {
    context.note({
      kind: 'changed',
      component: key,
      type: 'addressNL',
      reason: 'street and city are asked (optional) rather than looked up in the BAG',
    });
  }
  context.note({
    kind: 'changed',
    component: key,
    type: 'addressNL',
    reason: 'the Dutch address became a fieldset of postcode, house number, letter, addition, street and city',
  });
  return {
    id,
    type: 'fieldset',
    label,
    fields: [
      part('postcode', 'postcode', 'Postcode', 'Postcode', 'postal-code', required),
      part('houseNumber', 'text', 'Huisnummer', 'House number', 'address-line2', required, { pattern: '^[1-9][0-9]{0,4}$', maxLength: 5 }),
      part('houseLetter', 'text', 'Huisletter', 'House letter', 'off', false, { pattern: '^[A-Za-z]$', maxLength: 1 }),
      part('houseNumberAddition', 'text', 'Toevoeging', 'Addition', 'off', false, { maxLength: 4 }),
      part('streetName', 'text', 'Straat', 'Street', 'address-line1', false),
      part('city', 'text', 'Plaats', 'Town or city', 'address-level2', false),
    ],
  };
}
