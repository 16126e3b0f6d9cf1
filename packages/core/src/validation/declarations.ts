import type { FormDefinition } from '../definition/schema.js';
import type { ValidationError } from './errors.js';

/**
 * Checks the declarations a sender agreed to (declaration id → ISO 8601 time with offset) against
 * the definition: every required declaration must be agreed to, and no unknown one may appear.
 * The one place this rule lives: the browser runs it before sending, the server in
 * `validateSubmission` (it never trusts the browser's check).
 *
 * @returns the problems as data, in definition order, then unknown ids in the order given.
 */
export function checkDeclarations(definition: FormDefinition, agreed: Readonly<Record<string, string>>): ValidationError[] {
  const declarations = definition.declarations ?? [];
  const errors: ValidationError[] = [];
  for (const declaration of declarations) {
    if (declaration.required && !agreed[declaration.id]) {
      errors.push({ field: declaration.id, target: 'declaration', rule: 'required', params: {}, messageKey: 'validation.requiredDeclaration' });
    }
  }
  for (const id of Object.keys(agreed)) {
    if (!declarations.some((declaration) => declaration.id === id)) {
      errors.push({ field: id, target: 'declaration', rule: 'unknownDeclaration', params: { id }, messageKey: 'validation.unknownDeclaration' });
    }
  }
  return errors;
}
