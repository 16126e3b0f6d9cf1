import type { Field } from '@wmebv/core';

/** The questions radio questions reveal, among one list of fields. */
export interface Reveals {
  /** Per radio question's id: per option value, the questions that option reveals, in order. */
  byRadio: Map<string, Map<string, Field[]>>;
  /** Ids of every revealed question: rendered inside their radio question, not in the list. */
  inside: Set<string>;
}

/**
 * Which questions belong directly under a radio option (issue 15 item 4; GOV.UK's conditional
 * reveal): the questions right after a radio question, one after another, each shown only when
 * that radio question has one of its option values (`visibleWhen: { field, equals }` and nothing
 * else). Anything else stays where the definition puts it.
 */
export function findReveals(fields: readonly Field[]): Reveals {
  const byRadio = new Map<string, Map<string, Field[]>>();
  const inside = new Set<string>();
  fields.forEach((radio, index) => {
    if (radio.type !== 'radio') return;
    const values = new Set(radio.options.map((option) => option.value));
    const options = new Map<string, Field[]>();
    for (const field of fields.slice(index + 1)) {
      const condition = field.visibleWhen;
      const keys = condition ? Object.keys(condition) : [];
      const value = condition?.equals;
      const revealed = condition?.field === radio.id && typeof value === 'string' && values.has(value) && keys.length === 2;
      if (!revealed) break;
      options.set(value, [...(options.get(value) ?? []), field]);
      inside.add(field.id);
    }
    if (options.size > 0) byRadio.set(radio.id, options);
  });
  return { byRadio, inside };
}
