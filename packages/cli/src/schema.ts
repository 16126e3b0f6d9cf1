import { FormDefinitionSchema } from '@wmebv/core';
import * as z from 'zod/mini';

/**
 * The JSON Schema of the form definition language, generated from core's zod schemas (the single
 * source). Here in the CLI, not in core's browser entry: `z.toJSONSchema` would add ~7 kB to every
 * page that shows a form. Put `"$schema": "…/form-definition.schema.json"` in a definition and
 * editors autocomplete and check it. Refinements (one operator per condition, rules such as
 * `required-without-legal-basis`) are not expressible in JSON Schema: `wmebv lint` checks those.
 */
export function definitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FormDefinitionSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    title: 'Wmebv form definition',
    description: 'A form definition for @wmebv/components (wmebv-forms). Check it with `wmebv lint`; see docs/definition.md.',
    ...schema,
  };
}
