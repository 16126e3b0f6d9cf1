/**
 * @wmebv/core: the headless part of wmebv-forms. No DOM; runs in browsers and Node.
 */
export * from './definition/localized.js';
export * from './definition/localized-schema.js';
export * from './definition/schema.js';
export * from './definition/fields/field-type.js';
export * from './definition/fields/registry.js';
export * from './definition/fields/schemas.js';
export * from './definition/fields/text-rules.js';
export * from './definition/fields/text.js';
export * from './definition/fields/text.schema.js';
export * from './definition/fields/email.js';
export * from './definition/fields/email.schema.js';
export * from './definition/fields/tel.js';
export * from './definition/fields/tel.schema.js';
export * from './definition/fields/postcode.js';
export * from './definition/fields/postcode.schema.js';
export * from './definition/fields/number.js';
export * from './definition/fields/number.schema.js';
export * from './definition/fields/bsn.js';
export * from './definition/fields/bsn.schema.js';
export * from './definition/fields/iban.js';
export * from './definition/fields/iban.schema.js';
export * from './definition/fields/kvk.js';
export * from './definition/fields/kvk.schema.js';
export * from './definition/fields/kenteken.js';
export * from './definition/fields/kenteken.schema.js';
export * from './definition/fields/textarea.js';
export * from './definition/fields/textarea.schema.js';
export * from './definition/fields/date.js';
export * from './definition/fields/date.schema.js';
export * from './definition/fields/select.js';
export * from './definition/fields/select.schema.js';
export * from './definition/fields/radio.js';
export * from './definition/fields/radio.schema.js';
export * from './definition/fields/checkbox.js';
export * from './definition/fields/checkbox.schema.js';
export * from './definition/fields/checkbox-group.js';
export * from './definition/fields/checkbox-group.schema.js';
export * from './definition/fields/file.js';
export * from './definition/fields/file.schema.js';
export * from './definition/fields/consent.js';
export * from './definition/fields/consent.schema.js';
export * from './definition/finding.js';
export * from './definition/parse.js';
export * from './definition/parse-valid.js';
export * from './rules/check.js';
export * from './definition/walk.js';
export * from './definition/visibility.js';
export * from './rules/index.js';
export type { Rule, RuleHit } from './rules/rule.js';
export * from './submission/envelope.js';
export * from './submission/late-reason.js';
export * from './submission/canonical.js';
export * from './submission/digest.js';
export * from './submission/progress.js';
export * from './submission/stored.js';
export * from './validation/errors.js';
export * from './validation/errors-answer.js';
export * from './answers/empty.js';
export * from './validation/validate-values.js';
export * from './answers/files.js';
export * from './validation/validate-submission.js';
export * from './validation/declarations.js';
export * from './validation/message.js';
export * from './review/review.js';
export * from './review/review-schema.js';
export * from './flow/index.js';
export * from './receipt/receipt.js';
export * from './receipt/format.js';
export * from './receipt/check.js';
export * from './receipt/declarations.js';
export * from './receipt/saved.js';
export * from './receipt/saved-read.js';
export * from './receipt/reference.js';
export * from './receipt/verify.js';
export * from './receipt/key-set.js';
export * from './proof-log/index.js';
export * from './crypto/sha256.js';
export * from './time/time-zone.js';
export * from './time/zone.js';
export * from './copy/sender-copy.js';
export * from './deadline/index.js';
export * from './outage/index.js';
export * from './i18n/translate.js';
export * from './i18n/format.js';
export * from './i18n/nl/field.js';
export * from './i18n/nl/validation.js';
export * from './i18n/nl/review.js';
export * from './i18n/nl/receipt.js';
export * from './i18n/nl/copy.js';
export * from './i18n/nl/mail.js';
export * from './i18n/nl/deadline.js';
export * from './i18n/nl/outage.js';
export * from './i18n/nl/attempt.js';
export * from './i18n/nl/findings.js';
export * from './i18n/nl/cli.js';
// Whole modules where a module exports only what core exports: each name in named-exports.ts
// brings its module (and what that imports) into every chunk that imports core, lazy or not, which
// put canonical JSON and base64url, needed only after sending, and filenamify, needed only with
// a file question, in the form's first load.
export * from './receipt/signature.js';
export * from './crypto/base64url.js';
export * from './answers/file-name.js';
// Named re-exports live in their own module: a barrel with both `export *` and `export { x } from`
// makes esbuild keep this file, and through it every `export *` target, in each chunk that imports
// core, which put lazy parts (the linter) back into the first load (issue 11).
export * from './named-exports.js';
