/**
 * One Open Forms export (forms.json with one form, its steps, definitions, logic and variables) as
 * our form definition, with the notes of everything that was not imported as it was.
 */
import type { LegalBasis, MessageType, Organisation } from '@wmebv/core';
import { MapContext, toCondition, toId, type ImportNote } from './context.js';
import { mapComponents } from './components.js';
import { formLevelNotes, logicNotes, variableNotes } from './form-notes.js';
import type { FormExport } from './read-export.js';
import { BASE_LOCALE, isObject, modelText, type Json } from './text.js';

/** What the export cannot tell: supplied with `--organisation`, `--message-type` and `--mapping`. */
export interface ImportOptions {
  organisation?: Organisation;
  messageType?: MessageType;
  /** Per form (by slug or uuid): its message type and the legal bases of its mandatory components (by key). */
  mapping?: Readonly<Record<string, { messageType?: MessageType; legalBases?: Record<string, LegalBasis> }>>;
  /** The `$schema` written into every definition. */
  schema?: string;
}

export interface ImportedForm {
  source: string;
  /** The Open Forms slug, or the uuid when there is none. */
  slug: string;
  name: string;
  definition: Record<string, unknown>;
  notes: ImportNote[];
  /** `of_release` from `_meta.json`, when present. */
  release?: string;
}

export type ConvertResult = { ok: true; form: ImportedForm } | { ok: false; source: string; problem: string };

export const DEFAULT_SCHEMA = '../node_modules/@wmebv/core/form-definition.schema.json';

export function convertExport(exported: FormExport, options: ImportOptions = {}): ConvertResult {
  const { source, resources } = exported;
  const forms = resources.forms;
  if (!Array.isArray(forms) || forms.length === 0 || !isObject(forms[0])) {
    const broken = exported.problems.find((problem) => problem.file === 'forms.json');
    return { ok: false, source, problem: broken ? `forms.json ${broken.problem}` : 'forms.json holds no form' };
  }
  const form = forms[0];
  const slug = text(form['slug']) || text(form['uuid']) || 'formulier';
  const mapping = options.mapping?.[slug] ?? options.mapping?.[text(form['uuid'])] ?? {};
  const context = new MapContext(mapping.legalBases ?? {});
  context.locales.add(BASE_LOCALE);
  for (const problem of exported.problems) context.note({ kind: 'not-imported', type: problem.file, reason: `${problem.file} ${problem.problem}` });
  for (const file of exported.otherFiles) context.note({ kind: 'not-imported', type: file, reason: `${file} is not a resource the importer reads` });
  if (forms.length > 1)
    context.note({ kind: 'not-imported', type: 'forms', reason: `forms.json holds ${forms.length} forms; only the first is a single form's export` });

  const definitions = new Map<string, Json>();
  for (const definition of asArray(resources.formDefinitions)) {
    if (isObject(definition)) definitions.set(lastSegment(definition['url']) || text(definition['uuid']), definition);
  }
  const steps: Json[] = [];
  const formSteps = asArray(resources.formSteps)
    .filter(isObject)
    .sort((a, b) => Number(a['index'] ?? 0) - Number(b['index'] ?? 0));
  if (formSteps.length === 0) context.note({ kind: 'not-imported', type: 'formSteps', reason: 'formSteps.json lists no steps' });
  for (const step of formSteps) {
    const definition = definitions.get(lastSegment(step['form_definition']));
    const stepName = text(step['slug']) || `stap-${steps.length + 1}`;
    if (!definition || !isObject(definition['configuration'])) {
      context.note({
        kind: 'not-imported',
        type: 'formSteps',
        reason: `the step "${stepName}" refers to a form definition that is not in formDefinitions.json`,
      });
      continue;
    }
    const id = context.idFor(text(definition['slug']) || stepName, 'step', true);
    const fields = mapComponents(definition['configuration']['components'], context);
    if (fields.length === 0) {
      context.note({ kind: 'not-imported', type: 'formSteps', reason: `the step "${stepName}" has nothing that could be imported` });
      continue;
    }
    steps.push({ id, title: modelText(definition, 'name', context.locales) ?? modelText(step, 'name', context.locales) ?? stepName, fields });
  }
  for (const { field, key, conditional } of context.conditions) {
    const condition = toCondition(conditional, context);
    if (typeof condition === 'string')
      context.note({ kind: 'not-imported', component: key, type: 'conditional', reason: `${condition}; the field is always shown` });
    else (field as { visibleWhen?: unknown }).visibleWhen = condition;
  }
  context.notes.push(...formLevelNotes(form), ...logicNotes(resources.formLogic), ...variableNotes(resources.formVariables));

  const messageType = mapping.messageType ?? options.messageType;
  if (!messageType)
    context.note({
      kind: 'needs-input',
      type: 'messageType',
      reason: 'the export names no message type: give --message-type or a mapping for this form',
    });
  if (!options.organisation)
    context.note({ kind: 'needs-input', type: 'organisation', reason: 'the export names no organisation: give --organisation org.json' });
  const unfounded = withoutBasis(steps.flatMap((step) => step['fields'] as unknown[]));
  if (unfounded.length > 0) {
    context.note({
      kind: 'needs-input',
      type: 'legalBasis',
      reason: `${unfounded.length} mandatory ${unfounded.length === 1 ? 'field has' : 'fields have'} no legal basis (${unfounded.join(', ')}): give each in the mapping under legalBases, or make it optional (Awb 4:4 lid 2)`,
    });
  }
  if (steps.length === 0) {
    const why = context.notes
      .filter((note) => note.type === 'formSteps' || note.type === 'formDefinitions.json' || note.type === 'formSteps.json')
      .map((note) => note.reason);
    return { ok: false, source, problem: `no step of the form could be imported${why.length ? ` (${why.join('; ')})` : ''}` };
  }

  const title = modelText(form, 'name', context.locales) ?? slug;
  const formId = toId(slug, 'formulier');
  const locales = [BASE_LOCALE, ...[...context.locales].filter((locale) => locale !== BASE_LOCALE).sort()];
  const definition: Record<string, unknown> = {
    $schema: options.schema ?? DEFAULT_SCHEMA,
    id: formId,
    version: '1.0.0',
    title,
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(messageType ? { messageType } : {}),
    locales,
    steps,
  };
  const meta = resources._meta;
  const release = isObject(meta) && typeof meta['of_release'] === 'string' ? meta['of_release'] : undefined;
  return { ok: true, form: { source, slug, name: text(form['name']) || slug, definition, notes: context.notes, ...(release ? { release } : {}) } };
}

/** Ids of mandatory fields without a legal basis, at any depth. */
function withoutBasis(fields: readonly unknown[]): string[] {
  return fields
    .filter(isObject)
    .flatMap((field) => [
      ...(field['required'] === true && field['legalBasis'] === undefined ? [String(field['id'])] : []),
      ...withoutBasis(asArray(field['fields'])),
    ]);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The uuid at the end of an API URL (`…/form-definitions/<uuid>`), or the value itself. */
function lastSegment(value: unknown): string {
  return text(value).replace(/\/+$/, '').split('/').at(-1) ?? '';
}
