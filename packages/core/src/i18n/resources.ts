// Every Dutch namespace together, the source of truth for the keys (`Resources`): for Node, the
// English resources' type and `@wmebv/core/messages`. Browser code imports the namespaces it speaks
// from nl.ts or nl/<namespace>.ts, never this file: a static import of it puts every namespace in
// the first load.
import { form, messageType, format, answer } from './nl.js';
import { nlField as field } from './nl/field.js';
import { nlValidation as validation } from './nl/validation.js';
import { nlReview as review } from './nl/review.js';
import { nlReceipt as receipt } from './nl/receipt.js';
import { nlCopy as copy } from './nl/copy.js';
import { nlMail as mail } from './nl/mail.js';
import { nlDeadline as deadline } from './nl/deadline.js';
import { nlOutage as outage } from './nl/outage.js';
import { nlAttempt as attempt } from './nl/attempt.js';
import { nlFindings as findings } from './nl/findings.js';
import { nlCli as cli } from './nl/cli.js';

export const nl = { field, validation, form, review, receipt, copy, mail, messageType, deadline, outage, attempt, format, findings, answer, cli };

export type Resources = typeof nl;
