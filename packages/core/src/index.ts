/**
 * @wmebv/core: the headless part of wmebv-forms. No DOM; runs in browsers and Node.
 */
export * from './definition/localized.js';
export * from './definition/schema.js';
export * from './definition/finding.js';
export * from './definition/parse.js';
export * from './definition/check.js';
export * from './definition/walk.js';
export * from './definition/visibility.js';
export * from './rules/index.js';
export type { Rule, RuleHit } from './rules/rule.js';
export * from './submission/envelope.js';
export * from './validation/errors.js';
export * from './validation/empty.js';
export * from './validation/validate-values.js';
export * from './validation/validate-submission.js';
export * from './validation/message.js';
export * from './validation/validators/postcode.js';
export * from './validation/validators/date.js';
export * from './validation/validators/email.js';
export * from './validation/validators/phone.js';
export * from './review/review.js';
export * from './receipt/receipt.js';
export * from './receipt/reference.js';
export * from './i18n/translate.js';
export * from './i18n/format.js';
export { nl, type Resources } from './i18n/nl.js';
export { en } from './i18n/en.js';
