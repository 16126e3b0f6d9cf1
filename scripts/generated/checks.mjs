// The browser's checks of what it receives or stores (D8 in docs/decisions.md), generated from
// core's zod schemas by schema-check.mjs in its `decide` kind: receipts and receipt keys from the
// server, a 422's errors, saved progress and a saved receipt in sessionStorage, outage notices,
// and a definition the quick validator is not sure of (unknown properties noted, as parseDefinition).
// Each output module is loaded only where it is needed (a chunk of its own in browsers).
import { generate } from './schema-check.mjs';
import { importFromSources } from './others.mjs';

const SOURCES = `
export { ReceiptV1Schema, ReceiptV2Schema } from './packages/core/src/receipt/receipt.ts';
export { ReceiptPublicKeySchema } from './packages/core/src/receipt/key-set.ts';
export { SavedReceiptSchema } from './packages/core/src/receipt/saved.ts';
export { SavedProgressSchema } from './packages/core/src/submission/progress.ts';
export { ValidationErrorsAnswerSchema } from './packages/core/src/validation/errors.ts';
export { OutageNoticesSchema } from './packages/core/src/outage/notice.ts';
export { FormDefinitionSchema } from './packages/core/src/definition/schema.ts';
export * as reference from './packages/core/src/receipt/reference.ts';
export * as base64url from './packages/core/src/crypto/base64url.ts';
export * as receiptCheck from './packages/core/src/receipt/check.ts';
export * as rules from './packages/core/src/validation/rules.ts';
export * as noticeRules from './packages/core/src/outage/notice-rules.ts';
`;

const doc = (schema, what) => `/** ${what}: what \`${schema}.safeParse(value)\` decides, with zod's output or the pointer of its first issue. */`;

/** The generated checks, from the sources (no build needed). */
export async function checkOutputs() {
  const sources = await importFromSources(SOURCES);
  /** Every function a module exports, imported from `from` (relative to the generated file). */
  const functionsOf = (module, from) =>
    Object.entries(module)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, fn]) => [fn, { name, from }]);
  const file = (path, title, entries, functions = [], warnUnknown = false) => ({
    file: `packages/core/src/${path}`,
    text: generate({ entries, decide: true, warnUnknown, functions: new Map(functions), title }),
  });
  return [
    file(
      'receipt/receipt-check.generated.ts',
      '// Receipts (both formats) and receipt keys, as the browser receives and verifies them.',
      [
        { name: 'checkReceiptV1', schema: sources.ReceiptV1Schema, doc: doc('ReceiptV1Schema', 'A format-1 receipt') },
        { name: 'checkReceiptV2', schema: sources.ReceiptV2Schema, doc: doc('ReceiptV2Schema', 'A format-2 receipt') },
        { name: 'checkReceiptPublicKey', schema: sources.ReceiptPublicKeySchema, doc: doc('ReceiptPublicKeySchema', 'A public receipt key') },
      ],
      [...functionsOf(sources.reference, './reference.js'), ...functionsOf(sources.base64url, '../crypto/base64url.js')],
    ),
    file(
      'receipt/saved-check.generated.ts',
      '// The receipt page’s state kept in sessionStorage across a reload.',
      [{ name: 'checkSavedReceipt', schema: sources.SavedReceiptSchema, doc: doc('SavedReceiptSchema', 'A saved receipt with its envelope') }],
      functionsOf(sources.receiptCheck, './check.js'),
    ),
    file('submission/progress-check.generated.ts', '// A form’s progress kept in sessionStorage across a reload.', [
      { name: 'checkSavedProgress', schema: sources.SavedProgressSchema, doc: doc('SavedProgressSchema', 'Saved progress') },
    ]),
    file(
      'validation/errors-check.generated.ts',
      '// The errors of a 422 answer from the server.',
      [
        {
          name: 'checkValidationErrorsAnswer',
          schema: sources.ValidationErrorsAnswerSchema,
          doc: doc('ValidationErrorsAnswerSchema', 'A 422 answer'),
        },
      ],
      functionsOf(sources.rules, './rules.js'),
    ),
    file(
      'outage/notices-check.generated.ts',
      '// An outage notices document, as the banner fetches it or keeps it in sessionStorage.',
      [{ name: 'checkOutageNoticesDocument', schema: sources.OutageNoticesSchema, doc: doc('OutageNoticesSchema', 'An outage notices document') }],
      functionsOf(sources.noticeRules, './notice-rules.js'),
    ),
    file(
      'definition/decide.generated.ts',
      [
        '// A definition the quick validator (validate.generated.ts) is not sure of, decided without zod in',
        '// production browsers: unknown properties noted and dropped, as parseDefinition does.',
      ].join('\n'),
      [
        {
          name: 'decideDefinition',
          schema: sources.FormDefinitionSchema,
          doc: doc('FormDefinitionSchema', 'A definition, its unknown properties dropped'),
        },
      ],
      [],
      true,
    ),
  ];
}
