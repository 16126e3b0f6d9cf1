import type { Envelope, Receipt, ValidationError } from '@wmebv/core';

/** What became of a send attempt; the form keeps every answer whatever the outcome. */
export type SendOutcome =
  | { kind: 'received'; receipt: Receipt }
  | { kind: 'rejected'; errors: ValidationError[] }
  | { kind: 'version-changed' }
  | { kind: 'network-error' }
  | { kind: 'server-error'; status: number };

/**
 * Sends an envelope to the intake endpoint (DESIGN.md, "The submission envelope"): JSON when there
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
  try {
    response = await fetch(action, { method: 'POST', body, headers });
  } catch {
    return { kind: 'network-error' };
  }
  if (response.status === 200 || response.status === 201) {
    const receipt = (await response.json().catch(() => undefined)) as Receipt | undefined;
    // Without a readable receipt the sender cannot prove anything: treat it as a failed send.
    return receipt && typeof receipt.reference === 'string' ? { kind: 'received', receipt } : { kind: 'server-error', status: response.status };
  }
  if (response.status === 422) {
    const answer = (await response.json().catch(() => ({}))) as { errors?: ValidationError[] };
    return { kind: 'rejected', errors: answer.errors ?? [] };
  }
  if (response.status === 409) return { kind: 'version-changed' };
  return { kind: 'server-error', status: response.status };
}
