/**
 * What a form carries outside its components (forms.json, formLogic.json, formVariables.json) that
 * the definition language cannot hold: each becomes a note in the import report. Field names are
 * those of Open Forms' FormExportSerializer, FormLogicSerializer and FormVariableSerializer.
 */
import type { ImportNote } from './context.js';
import { isObject, type Json } from './text.js';

const LOGIN_NAMES: Readonly<Record<string, string>> = {
  digid: 'DigiD',
  'digid-mock': 'DigiD (test)',
  eherkenning: 'eHerkenning',
  'eherkenning-mock': 'eHerkenning (test)',
  eidas: 'eIDAS',
  eherkenning_oidc: 'eHerkenning (OpenID Connect)',
  digid_oidc: 'DigiD (OpenID Connect)',
  'org-oidc': "the organisation's own login",
  yivi_oidc: 'Yivi',
};

export function formLevelNotes(form: Json): ImportNote[] {
  const notes: ImportNote[] = [];
  const add = (type: string, reason: string): void => void notes.push({ kind: 'not-imported', type, reason });
  const backends = [
    ...list(form['auth_backends']).map((entry) => (isObject(entry) ? entry['backend'] : undefined)),
    ...list(form['authentication_backends']),
  ].filter((name): name is string => typeof name === 'string' && name !== '');
  if (backends.length > 0) {
    const names = [...new Set(backends.map((name) => LOGIN_NAMES[name] ?? name))].join(', ');
    add(
      'forms.auth_backends',
      `login with ${names} is not imported: the library has no login; if the form needs one, the intake server must provide it`,
    );
  } else if (form['login_required'] === true) add('forms.login_required', 'the form requires a login, which the library does not offer');
  if (form['payment_required'] === true || (typeof form['payment_backend'] === 'string' && form['payment_backend'] !== '')) {
    add('forms.payment_backend', 'online payment is not imported: the library takes no payments; say in the form how to pay');
  }
  const appointment = isObject(form['appointment_options']) && form['appointment_options']['is_appointment'] === true;
  if (form['type'] === 'appointment' || appointment)
    add('forms.appointment_options', 'an appointment form books through an appointment system, which the library does not reach');
  if (list(form['registration_backends']).length > 0) {
    add('forms.registration_backends', 'where submissions go (registration backends) is not part of a definition: the intake server decides');
  }
  if (form['ask_statement_of_truth'] === true)
    add('forms.ask_statement_of_truth', 'the statement of truth is not imported: add a declaration to the definition if it is needed');
  if (form['ask_privacy_consent'] === true)
    add(
      'forms.ask_privacy_consent',
      'the privacy tick box is not imported: the form links the privacy statement (organisation.privacyStatementUrl) instead',
    );
  return notes;
}

/** Every logic rule: none can be expressed as a `visibleWhen`, so each is listed with what it does. */
export function logicNotes(logic: unknown): ImportNote[] {
  return list(logic)
    .filter(isObject)
    .map((rule, index) => {
      const actions = list(rule['actions'])
        .map((action) => (isObject(action) && isObject(action['action']) ? action['action']['type'] : undefined))
        .filter((type): type is string => typeof type === 'string');
      const what = typeof rule['description'] === 'string' && rule['description'] !== '' ? `"${rule['description']}"` : `number ${index + 1}`;
      const trigger = JSON.stringify(rule['json_logic_trigger'] ?? null);
      return {
        kind: 'not-imported' as const,
        type: 'formLogic',
        reason: `logic rule ${what} (when ${shorten(trigger)}: ${actions.join(', ') || 'no action'}) is not imported: rules that change properties, values or steps have no counterpart; rebuild what it shows or hides as a visibleWhen`,
      };
    });
}

/** User-defined variables and prefill variables: values the form computes or fetches. */
export function variableNotes(variables: unknown): ImportNote[] {
  return list(variables)
    .filter(isObject)
    .map((variable) => {
      const key = typeof variable['key'] === 'string' ? variable['key'] : '?';
      const prefill = typeof variable['prefill_plugin'] === 'string' && variable['prefill_plugin'] !== '';
      const service = isObject(variable['service_fetch_configuration']);
      return {
        kind: 'not-imported' as const,
        component: key,
        type: 'formVariables',
        reason: prefill
          ? `the variable "${key}" is prefilled from "${variable['prefill_plugin']}"; prefill is not imported`
          : service
            ? `the variable "${key}" is fetched from a service; that is not imported`
            : `the variable "${key}" holds a value set by logic or a calculation; that is not imported`,
      };
    });
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
