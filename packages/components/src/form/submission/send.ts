import { parseReceipt, parseValidationErrors, type Envelope, type OutageNotice, type Receipt, type ValidationError } from '@wmebv/core';

/** What became of a send attempt; the form keeps every answer whatever the outcome. */
export type SendOutcome =
  | { kind: 'received'; receipt: Receipt }
  | { kind: 'rejected'; errors: ValidationError[] }
  | { kind: 'version-changed' }
  | { kind: 'network-error'; timedOut?: boolean }
  | { kind: 'server-error'; status: number }
  /** 503 while the body has announced an outage of the web form (the notice, when the server sent it). */
  | { kind: 'outage'; status: 503; notice?: OutageNotice };

/** How long a send may take before the form treats it as failed (retries reuse the idempotency key). */
export const SEND_TIMEOUT_MS = 120_000;

/**
 * Sends an envelope to the intake endpoint (docs/design.md, "The submission envelope"): JSON when there
 * are no files, otherwise `multipart/form-data` with a `submission` part and one part per file named
 * by its attachment id. The `Idempotency-Key` lets the user retry after a failure without the
 * message arriving twice.
 */
export async function sendEnvelope(
  action: string,
  envelope: Envelope,
  files: ReadonlyMap<string, File>,
  idempotencyKey: string,
): Promise<SendOutcome> {
  if (!action) {
    console.error('wmebv-form: no action URL to send to; set the action attribute.');
    return { kind: 'server-error', status: 0 };
  }
  let body: BodyInit;
  const headers: Record<string, string> = { 'idempotency-key': idempotencyKey, accept: 'application/json' };
  if (files.size === 0) {
    body = JSON.stringify(envelope);
    headers['content-type'] = 'application/json';
  } else {
    const form = new FormData();
    form.append('submission', JSON.stringify(envelope));
    for (const [id, file] of files) form.append(id, file, file.name);
    body = form;
  }
  let response: Response;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  try {
    response = await fetch(action, { method: 'POST', body, headers, signal: controller.signal });
  } catch {
    return { kind: 'network-error', timedOut: controller.signal.aborted };
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 200 || response.status === 201) {
    const parsed = parseReceipt(await response.json().catch(() => undefined));
    // Without a readable receipt the sender cannot prove anything: treat it as a failed send.
    return parsed.ok ? { kind: 'received', receipt: parsed.receipt } : { kind: 'server-error', status: response.status };
  }
  if (response.status === 422) {
    const errors = parseValidationErrors(await response.json().catch(() => undefined));
    // A 422 whose errors cannot be read still must not look like success: the form says it failed.
    return errors ? { kind: 'rejected', errors } : { kind: 'server-error', status: response.status };
  }
  if (response.status === 409) return { kind: 'version-changed' };
  if (response.status === 503) {
    const answer = (await response.json().catch(() => ({}))) as { notice?: OutageNotice };
    return answer.notice && typeof answer.notice.id === 'string' ? { kind: 'outage', status: 503, notice: answer.notice } : { kind: 'outage', status: 503 };
  }
  return { kind: 'server-error', status: response.status };
}
