import { nlAttempt, provideMessages, type MessageKey } from '@wmebv/core';
import type { SendOutcome } from './send.js';

provideMessages('nl', { attempt: nlAttempt });

/** An outcome of sending that is not a receipt: what the form shows and keeps. */
export type FailedOutcome = Exclude<SendOutcome, { kind: 'received' }>;

/** How the form speaks about one kind of failed send. */
export interface OutcomeText {
  /** i18n key of the notice on the review (what happened, that the answers are kept, what to do). */
  notice: MessageKey;
  /** i18n key of the reason in the proof of attempt; takes `{{status}}` for a server error. */
  attempt: MessageKey;
  /** Whether the sender is offered the dated proof of attempt (Awb 2:21 lid 3): not when the message was refused or the form changed. */
  proofOfAttempt: boolean;
}

/** Every failed outcome in one table: the notice, the proof's wording and whether to offer the proof. */
export const OUTCOME_TEXT: Readonly<Record<FailedOutcome['kind'], OutcomeText>> = {
  rejected: { notice: 'form.sendRejected', attempt: 'form.sendRejected', proofOfAttempt: false },
  'version-changed': { notice: 'form.versionChanged', attempt: 'form.versionChanged', proofOfAttempt: false },
  'network-error': { notice: 'form.sendFailedNetwork', attempt: 'attempt.errorNetwork', proofOfAttempt: true },
  'server-error': { notice: 'form.sendFailedServer', attempt: 'attempt.errorServer', proofOfAttempt: true },
  outage: { notice: 'attempt.sendFailedOutage', attempt: 'attempt.errorOutage', proofOfAttempt: true },
  refused: { notice: 'attempt.sendFailedRefused', attempt: 'attempt.errorRefused', proofOfAttempt: true },
};
