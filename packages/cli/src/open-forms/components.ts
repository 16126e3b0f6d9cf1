/**
 * Form.io components as Open Forms configures them (`openforms/formio/components/vanilla.py` and
 * `custom.py`) mapped onto our fields. The table is in docs/import-open-forms.md; what cannot be
 * mapped becomes a note in the import report, never a silent drop.
 */
import type { Field, FieldsetField, Option } from '@wmebv/core';
import { MapContext } from './context.js';
import { addressFields } from './address.js';
import { bytes, isObject, localized, plainText, unicodePattern, type Json } from './text.js';

/** Component types we cannot express, with the reason the report gives. */
export const UNMAPPABLE: Readonly<Record<string, string>> = {
  editgrid: 'a repeating group (editgrid) has no counterpart: the definition language has no repeating groups',
  map: 'a map (map) has no counterpart: ask for an address or a description of the place instead',
  cosign: 'co-signing (cosign) needs a second login, which the library does not offer',
  coSign: 'co-signing (coSign) needs a second login, which the library does not offer',
  npFamilyMembers: 'family members (npFamilyMembers) come from the BRP through a login, which the library does not offer',
  partners: 'partners (partners) come from the BRP through a login, which the library does not offer',
  children: 'children (children) come from the BRP through a login, which the library does not offer',
  signature: 'a drawn signature (signature) has no counterpart; the declarations on the review step serve to confirm',
  customerProfile: 'the customer profile (customerProfile) is read from a customer-interaction register, which the library does not reach',
  softRequiredErrors: 'the soft-required notice (softRequiredErrors) has no counterpart: fields are optional or required',
  button: 'Form.io buttons are not questions: wmebv-form has its own navigation and send button',
  hidden: 'a hidden component holds a value set by logic, not a question',
};

const SIMPLE: Readonly<Record<string, Field['type']>> = {
  textfield: 'text',
  textarea: 'textarea',
  email: 'email',
  phoneNumber: 'tel',
  postcode: 'postcode',
  bsn: 'bsn',
  iban: 'iban',
  licenseplate: 'kenteken',
  number: 'number',
  currency: 'number',
  date: 'date',
  datetime: 'date',
  time: 'text',
  select: 'select',
  radio: 'radio',
  selectboxes: 'checkbox-group',
  checkbox: 'checkbox',
  file: 'file',
};

const TIME = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/** Maps a list of components (a form definition's `configuration.components`, or a fieldset's). */
export function mapComponents(components: unknown, context: MapContext): Field[] {
  if (!Array.isArray(components)) return [];
  return components.flatMap((component) => mapComponent(component, context));
}

function mapComponent(component: unknown, context: MapContext): Field[] {
  if (!isObject(component) || typeof component['type'] !== 'string') {
    context.note({ kind: 'not-imported', reason: 'a component without a type: not a Form.io component' });
    return [];
  }
  const type = component['type'];
  const key = typeof component['key'] === 'string' ? component['key'] : type;
  if (type === 'columns') {
    const columns = Array.isArray(component['columns']) ? component['columns'] : [];
    return columns.flatMap((column) => (isObject(column) ? mapComponents(column['components'], context) : []));
  }
  if (type === 'panel' || type === 'well' || type === 'container') {
    context.note({ kind: 'changed', component: key, type, reason: `a ${type} is a layout box: its contents were placed in the step without it` });
    return mapComponents(component['components'], context);
  }
  const reason = UNMAPPABLE[type];
  if (reason) {
    context.note({ kind: 'not-imported', component: key, type, reason });
    return [];
  }
  if (component['hidden'] === true) {
    context.note({
      kind: 'not-imported',
      component: key,
      type,
      reason: 'hidden in Open Forms; only logic rules show it, and those are not imported',
    });
    return [];
  }
  for (const [property, why] of [
    ['prefill', 'its prefill (from a login or register) is not imported; the question is asked instead'],
    ['calculateValue', 'its calculated value is not imported; the question is asked instead'],
  ] as const) {
    const value = component[property];
    if ((isObject(value) && typeof value['plugin'] === 'string' && value['plugin'] !== '') || (typeof value === 'string' && value !== '')) {
      context.note({ kind: 'not-imported', component: key, type, reason: why });
    }
  }
  const fields = mapKnown(type, key, component, context);
  if (fields.length === 1 && isObject(component['conditional'])) {
    const conditional = component['conditional'];
    if (typeof conditional['when'] === 'string' && conditional['when'] !== '' && typeof conditional['show'] === 'boolean') {
      context.conditions.push({ field: fields[0]!, key, conditional });
    }
  }
  return fields;
}

function mapKnown(type: string, key: string, component: Json, context: MapContext): Field[] {
  const label = localized(component, 'label', context.locales) ?? key;
  if (type === 'content') {
    const text = localized(component, 'html', context.locales, plainText);
    if (!text) {
      context.note({ kind: 'not-imported', component: key, type, reason: 'the content component has no text' });
      return [];
    }
    return [{ id: context.idFor(key, type), type: 'content', text }];
  }
  if (type === 'fieldset') {
    const id = context.idFor(key, type);
    const fields = mapComponents(component['components'], context);
    if (fields.length === 0) {
      context.note({ kind: 'not-imported', component: key, type, reason: 'the fieldset holds nothing that could be imported' });
      return [];
    }
    const fieldset: FieldsetField = { id, type: 'fieldset', label, fields };
    return [fieldset];
  }
  if (type === 'addressNL') return [addressFields(key, component, label, context)];
  const ours = SIMPLE[type];
  if (!ours) {
    context.note({ kind: 'not-imported', component: key, type, reason: `the component type "${type}" is unknown to the importer` });
    return [];
  }
  const validate = isObject(component['validate']) ? component['validate'] : {};
  const field: Record<string, unknown> = { id: context.idFor(key, type), type: ours, label };
  const hint = localized(component, 'description', context.locales);
  if (hint) field['hint'] = hint;
  if (validate['required'] === true) {
    field['required'] = true;
    const basis = context.legalBases[key];
    if (basis) field['legalBasis'] = basis;
  }
  if (typeof component['autocomplete'] === 'string' && component['autocomplete'] !== '') field['autocomplete'] = component['autocomplete'];
  if (ours === 'text' || ours === 'textarea' || ours === 'email' || ours === 'tel' || ours === 'postcode') {
    if (positive(validate['maxLength'])) field['maxLength'] = validate['maxLength'];
    if (positive(validate['minLength'])) field['minLength'] = validate['minLength'];
    const pattern = typeof validate['pattern'] === 'string' && validate['pattern'] !== '' ? validate['pattern'] : type === 'time' ? TIME : undefined;
    if (pattern && ours !== 'postcode') {
      const usable = unicodePattern(pattern);
      if (usable) field['pattern'] = usable;
      else
        context.note({
          kind: 'not-imported',
          component: key,
          type,
          reason: `its pattern ${pattern} is not a regular expression the library can use; check the answers another way`,
        });
    }
    if (ours === 'textarea' && positive(component['rows'])) field['rows'] = component['rows'];
  }
  if (type === 'time')
    context.note({ kind: 'changed', component: key, type, reason: 'a time became a text field that accepts HH:MM (the library has no time field)' });
  if (type === 'datetime')
    context.note({
      kind: 'changed',
      component: key,
      type,
      reason: 'a date and time became a date field: the time of day is not asked; add a text field for it if it is needed',
    });
  if (type === 'currency')
    context.note({
      kind: 'changed',
      component: key,
      type,
      reason: 'an amount became a number field: the currency sign is not shown; say "in euro" in the label',
    });
  if (ours === 'number') numberBounds(field, component, validate);
  if (ours === 'date') dateBounds(field, component, key, context);
  if (ours === 'select' || ours === 'radio' || ours === 'checkbox-group') {
    const options = mapOptions(
      type === 'select' ? (isObject(component['data']) ? component['data']['values'] : undefined) : component['values'],
      context,
    );
    const fromVariable = isObject(component['openForms']) && component['openForms']['dataSrc'] === 'variable';
    if (fromVariable || options.length === 0) {
      context.note({
        kind: 'not-imported',
        component: key,
        type,
        reason: fromVariable ? 'its options come from a variable at run time; a definition lists its options' : 'it has no options',
      });
      return [];
    }
    field['options'] = options;
    if (type === 'select' && component['multiple'] === true) field['type'] = 'checkbox-group';
    if (ours === 'checkbox-group') {
      if (positive(validate['minSelectedCount'])) field['minSelected'] = validate['minSelectedCount'];
      if (positive(validate['maxSelectedCount'])) field['maxSelected'] = validate['maxSelectedCount'];
    }
  }
  if (ours === 'file') fileLimits(field, component);
  if (component['multiple'] === true && ours !== 'file' && ours !== 'select') {
    context.note({
      kind: 'changed',
      component: key,
      type,
      reason: 'several answers (multiple) became one answer: the library asks one value per field',
    });
  }
  context.comparable.set(key, field['type'] as Field['type']);
  return [field as unknown as Field];
}

function mapOptions(values: unknown, context: MapContext): Option[] {
  if (!Array.isArray(values)) return [];
  return values
    .filter((value): value is Json => isObject(value) && typeof value['value'] === 'string' && value['value'] !== '')
    .map((value) => ({ value: value['value'] as string, label: localized(value, 'label', context.locales) ?? (value['value'] as string) }));
}

function numberBounds(field: Record<string, unknown>, component: Json, validate: Json): void {
  if (typeof validate['min'] === 'number') field['min'] = validate['min'];
  if (typeof validate['max'] === 'number') field['max'] = validate['max'];
  if (component['decimalLimit'] === 0) field['integer'] = true;
}

/** Fixed bounds (`datePicker.minDate`) and Open Forms' relative ones (`openForms.minDate.mode`). */
function dateBounds(field: Record<string, unknown>, component: Json, key: string, context: MapContext): void {
  const picker = isObject(component['datePicker']) ? component['datePicker'] : {};
  const openForms = isObject(component['openForms']) ? component['openForms'] : {};
  for (const [bound, ours] of [
    ['minDate', 'minDate'],
    ['maxDate', 'maxDate'],
  ] as const) {
    const relative = isObject(openForms[bound]) ? openForms[bound] : {};
    const mode = relative['mode'];
    const today = relative['includeToday'] === true;
    if (mode === 'future' && bound === 'minDate') field[ours] = today ? 'today' : 'today+1d';
    else if (mode === 'past' && bound === 'maxDate') field[ours] = today ? 'today' : 'today-1d';
    else if (mode === 'relativeToVariable')
      context.note({
        kind: 'not-imported',
        component: key,
        type: 'date',
        reason: `its ${bound} is relative to a variable; set a fixed or relative bound by hand`,
      });
    else if (typeof picker[bound] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(picker[bound] as string))
      field[ours] = (picker[bound] as string).slice(0, 10);
  }
}

function fileLimits(field: Record<string, unknown>, component: Json): void {
  const file = isObject(component['file']) ? component['file'] : {};
  const types = Array.isArray(file['type'])
    ? file['type'].filter((value): value is string => typeof value === 'string' && value !== '' && value !== '*')
    : [];
  if (types.length > 0) field['accept'] = types;
  const size = bytes(component['fileMaxSize']);
  if (size && size > 0) field['maxFileSize'] = size;
  const most = component['maxNumberOfFiles'];
  if (positive(most)) field['maxFiles'] = most;
  else if (component['multiple'] === true) field['maxFiles'] = 10;
}

const positive = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;
