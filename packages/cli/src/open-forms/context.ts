import type { Condition, Field, LegalBasis } from '@wmebv/core';
import type { Json } from './text.js';

/**
 * One line of the import report: something of the export that was not imported, or imported
 * differently, with the reason. Nothing is dropped without one.
 */
export interface ImportNote {
  /** `not-imported`: left out; `changed`: imported in another shape; `needs-input`: data the export lacks. */
  kind: 'not-imported' | 'changed' | 'needs-input';
  /** The Open Forms component key, when the note is about one component. */
  component?: string;
  /** The Open Forms component type or the export part (`formLogic`, `forms.payment_backend`). */
  type?: string;
  reason: string;
}

/** Shared state while one form's components are mapped. */
export class MapContext {
  readonly locales = new Set<string>();
  readonly notes: ImportNote[] = [];
  /** Open Forms key → our field id, for conditions. */
  readonly ids = new Map<string, string>();
  /** Keys whose field takes an answer we can compare (not fieldsets, content or compound fields). */
  readonly comparable = new Map<string, Field['type']>();
  /** Conditions to resolve once every key is known (Form.io may refer to a later component). */
  readonly conditions: Array<{ field: Field; key: string; conditional: Json }> = [];
  private readonly used = new Set<string>();

  constructor(readonly legalBases: Readonly<Record<string, LegalBasis>> = {}) {}

  note(note: ImportNote): void {
    this.notes.push(note);
  }

  /**
   * Our id for an Open Forms key. Keys may hold dots (nested data) or start with a digit; ids are
   * letters, digits, `-` and `_`, starting with a letter, and unique.
   */
  idFor(key: string, type: string, quiet = false): string {
    const id = toId(key, `veld-${type}`);
    let unique = id;
    for (let count = 2; this.used.has(unique); count++) unique = `${id}-${count}`;
    this.used.add(unique);
    if (!this.ids.has(key)) this.ids.set(key, unique);
    if (unique !== key && !quiet)
      this.note({
        kind: 'changed',
        component: key,
        type,
        reason: `the key "${key}" became the id "${unique}" (ids are letters, digits, "-" and "_", unique in the form)`,
      });
    return unique;
  }
}

/** A key or slug as an id: letters, digits, `-` and `_`, starting with a letter. */
export function toId(key: string, fallback: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[^A-Za-z]+/, '') || fallback;
}

/**
 * Form.io's simple conditional (`{ show, when, eq }`) as our `visibleWhen`, or the reason it cannot
 * be one. `show: false` hides the component when the answer equals `eq`.
 */
export function toCondition(conditional: Json, context: MapContext): Condition | string {
  const when = conditional['when'];
  const show = conditional['show'];
  if (typeof when !== 'string' || when === '') return 'the condition names no component';
  const field = context.ids.get(when);
  const type = context.comparable.get(when);
  if (!field || !type) return `the condition refers to "${when}", which was not imported as a question`;
  let eq = conditional['eq'];
  if (type === 'checkbox' && (eq === 'true' || eq === 'false')) eq = eq === 'true';
  if (typeof eq === 'number') return `the condition compares "${when}" with the number ${eq}; conditions compare text or yes/no`;
  if (typeof eq !== 'string' && typeof eq !== 'boolean') return `the condition on "${when}" has no value to compare with`;
  if (eq === '') return { field, filled: show !== true };
  return show === false ? { field, notEquals: eq } : { field, equals: eq };
}
