// The lazy part `summary` of wmebv-form (lazy-parts.ts): what only a validation pass that finds
// errors needs, the error summary and the sentences of the errors (core's describeValidationErrors
// with the Dutch `validation` namespace). Asked for at the first render; `ready` waits for it.
import '../error-summary/error-summary.js';
export { describeValidationErrors } from '@wmebv/core';
