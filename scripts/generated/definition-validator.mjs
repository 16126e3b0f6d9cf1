// The definition validator (packages/core/src/definition/validate.generated.ts), generated from
// core's zod schemas (`FormDefinitionSchema`) by schema-check.mjs in its `unsure` kind: it may only
// ever say "valid, and this is what zod would give" or "not sure" (then zod decides and reports),
// so it is only a faster way through a valid definition (issue 16, D4 in docs/decisions.md).
import { generate } from './schema-check.mjs';
import { importFromSources } from './others.mjs';

export const VALIDATOR = 'packages/core/src/definition/validate.generated.ts';

const DOC = `/**
 * What \`FormDefinitionSchema.safeParse(value)\` gives on success, or UNSURE when this code cannot
 * show that the value is valid (then zod decides, and reports).
 */`;

/** The generated validator, from the sources (no build needed). */
export async function definitionValidatorOutputs() {
  const { FormDefinitionSchema } = await importFromSources("export { FormDefinitionSchema } from './packages/core/src/definition/schema.ts';");
  return [{ file: VALIDATOR, text: generate({ entries: [{ name: 'validateDefinition', schema: FormDefinitionSchema, doc: DOC }] }) }];
}
