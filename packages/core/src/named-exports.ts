// The named and renamed re-exports of `@wmebv/core` (index.ts says why they are here).
export { isWebAddress } from './rules/legal-basis-incomplete.js';
export { provideMessages, loadMessages, hasMessages, type Namespaces } from './i18n/catalog.js';
export type { Resources } from './i18n/resources.js';
/** The Dutch namespaces one by one, for `provideMessages('nl', { form: nlForm })`: a bundle keeps only those named. */
export { form as nlForm, messageType as nlMessageType, format as nlFormat, answer as nlAnswer } from './i18n/nl.js';
