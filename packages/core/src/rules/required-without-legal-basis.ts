import { localize } from '../definition/localized.js';
import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

/**
 * A form may only make an answer mandatory when the data is needed (Awb 4:4 lid 2): `required: true`
 * needs a `legalBasis`, for fields at any depth (inside fieldsets too) and for declarations.
 * Together with "constraints apply only to answered fields" this means no definition can make a
 * field mandatory without saying why.
 */
export const requiredWithoutLegalBasis: Rule = {
  id: 'required-without-legal-basis',
  severity: 'error',
  article: 'Awb 4:4 lid 2',
  messageKey: 'findings.requiredWithoutLegalBasis',
  check(definition, { locale }) {
    const fields = inputFields(definition)
      .filter(({ field }) => field.required && !field.legalBasis)
      .map(({ field, pointer }) => ({ pointer: `${pointer}/required`, params: { id: field.id, label: localize(field.label, locale) } }));
    const declarations = (definition.declarations ?? []).flatMap((declaration, index) =>
      declaration.required && !declaration.legalBasis
        ? [{ pointer: `/declarations/${index}/required`, params: { id: declaration.id, label: localize(declaration.label, locale) } }]
        : [],
    );
    return [...fields, ...declarations];
  },
};
