import { buildSenderCopy, formatDateTime, getTranslator, localize, type Envelope, type FormDefinition, type OutageNotice } from '@wmebv/core';
import { downloadSenderCopy } from '../../copy/download.js';
import type { SendOutcome } from './send.js';
import { OUTCOME_TEXT } from './outcomes.js';

/** A send that did not get a receipt: what was sent, when, and what came back. */
export interface FailedAttempt {
  /** ISO 8601, the browser's clock (the server never saw it). */
  at: string;
  outcome: Exclude<SendOutcome, { kind: 'received' } | { kind: 'rejected' }>;
  envelope: Envelope;
  idempotencyKey: string;
  /** The outage notice the server sent with its 503, or one the banner was showing. */
  notice?: OutageNotice;
}

/**
 * Why the attempt failed, in the sender's language, for the proof: the error, and the outage notice
 * with its channel and times when there was one (Awb 2:21 lid 3).
 */
export function describeAttempt(attempt: FailedAttempt, locale: string): string {
  const t = getTranslator(locale);
  const { outcome, notice } = attempt;
  const parts = [t(OUTCOME_TEXT[outcome.kind].attempt, 'status' in outcome ? { status: outcome.status } : {})];
  if (notice) {
    const when = notice.expectedEnd
      ? `${formatDateTime(notice.start, locale)} – ${formatDateTime(notice.expectedEnd, locale)}`
      : formatDateTime(notice.start, locale);
    parts.push(`${t('attempt.notice')} ${notice.id} (${when}): ${localize(notice.message, locale)}`);
  }
  // The server's own clock and wait: proof that does not rest on the sender's device alone.
  if ('serverTime' in outcome && outcome.serverTime) parts.push(t('attempt.serverTime', { time: formatDateTime(outcome.serverTime, locale) }));
  if ('retryAfter' in outcome && outcome.retryAfter !== undefined) parts.push(t('attempt.retryAfter', { seconds: outcome.retryAfter }));
  parts.push(`${t('attempt.key')}: ${attempt.idempotencyKey}`);
  return parts.join(' ');
}

/**
 * Downloads the proof of a failed attempt: the sender's copy (Awb 2:17 lid 2) in its "attempt
 * failed" state, with the attempt's time, the error and any outage notice. Made in the browser only.
 */
export function downloadProofOfAttempt(form: FormDefinition, attempt: FailedAttempt, locale: string): void {
  const copy = buildSenderCopy({
    definition: form,
    envelope: attempt.envelope,
    locale,
    attempt: { at: attempt.at, reason: describeAttempt(attempt, locale) },
  });
  downloadSenderCopy(copy, 'html', locale);
}
