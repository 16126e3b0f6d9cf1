import { postWithProgress, type UploadProgress } from './transport.js';
import { checkReceipt, parseValidationErrors, type Envelope, type OutageNotice, type Receipt, type ValidationError } from '@wmebv/core';

/** What became of a send attempt; the form keeps every answer whatever the outcome. */
export type SendOutcome =
  | { kind: 'received'; receipt: Receipt }
  | { kind: 'rejected'; errors: ValidationError[] }
  | { kind: 'version-changed' }
  | { kind: 'network-error'; timedOut?: boolean }
  | { kind: 'server-error'; status: number }
  /** 503 while the body has announced an outage of the web form (the notice, when the server sent it). */
  | ({ kind: 'outage'; status: 503; notice?: OutageNotice } & ServerSaid)
  /**
   * 429 or 503 without an outage notice: the server refused the message for now (too many requests,
   * busy storage, no malware scan). For the sender that is reduced reachability (Awb 2:21 lid 3):
   * the form keeps the answers, offers the dated proof and retries with the same idempotency key.
   */
  | ({ kind: 'refused'; status: 429 | 503 } & ServerSaid);

/** What the server's answer said about time, for the proof of attempt. */
export interface ServerSaid {
  /** The server's clock (its `Date` header), ISO 8601, when it sent one. */
  serverTime?: string;
  /** Seconds the server asked to wait (its `Retry-After`), when it sent it. */
  retryAfter?: number;
}

/** `Date` and `Retry-After` of an answer (RFC 9110 §6.6.1, §10.2.3), where readable. */
function serverSaid(response: Response): ServerSaid {
  const said: ServerSaid = {};
  const date = Date.parse(response.headers.get('date') ?? '');
  if (Number.isFinite(date)) said.serverTime = new Date(date).toISOString();
  const retry = response.headers.get('retry-after')?.trim() ?? '';
  if (/^\d{1,9}$/.test(retry)) said.retryAfter = Number(retry);
  else if (retry && Number.isFinite(Date.parse(retry)))
    said.retryAfter = Math.max(0, Math.round((Date.parse(retry) - (Number.isFinite(date) ? date : Date.now())) / 1000));
  return said;
}

/** How long a send may take before the form treats it as failed (retries reuse the idempotency key). */
export const SEND_TIMEOUT_MS = 120_000;

/**
 * Sends an envelope to the intake endpoint (docs/design.md, "The submission envelope"): JSON when there
 * are no files, otherwise `multipart/form-data` with a `submission` part and one part per file named
 * by its attachment id. The `Idempotency-Key` lets the user retry after a failure without the
 * message arriving twice. Sent with `XMLHttpRequest` (`transport.ts`) so that `onProgress` can
 * tell how much of the body went out (issue 15 item 14).
 */
export async function sendEnvelope(
  action: string,
  envelope: Envelope,
  files: ReadonlyMap<string, File>,
  idempotencyKey: string,
  onProgress: (progress: UploadProgress) => void = () => {},
): Promise<SendOutcome> {
  if (!action) {
    console.error('wmebv-form: no action URL to send to; set the action attribute.');
    return { kind: 'server-error', status: 0 };
  }
  let body: XMLHttpRequestBodyInit;
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
  const answer = await postWithProgress(action, body, headers, SEND_TIMEOUT_MS, onProgress);
  if (!(answer instanceof Response)) return { kind: 'network-error', timedOut: answer.timedOut };
  const response = answer;
  if (response.status === 200 || response.status === 201) {
    const parsed = checkReceipt(await response.json().catch(() => undefined));
    // Without a readable receipt the sender cannot prove anything: treat it as a failed send.
    return parsed.ok ? { kind: 'received', receipt: parsed.receipt } : { kind: 'server-error', status: response.status };
  }
  if (response.status === 422) {
    const errors = parseValidationErrors(await response.json().catch(() => undefined));
    // A 422 whose errors cannot be read still must not look like success: the form says it failed.
    return errors ? { kind: 'rejected', errors } : { kind: 'server-error', status: response.status };
  }
  if (response.status === 409) return { kind: 'version-changed' };
  if (response.status === 503 || response.status === 429) {
    const said = serverSaid(response);
    const answer = (await response.json().catch(() => ({}))) as { notice?: OutageNotice };
    if (response.status === 503 && answer.notice && typeof answer.notice.id === 'string')
      return { kind: 'outage', status: 503, notice: answer.notice, ...said };
    return { kind: 'refused', status: response.status, ...said };
  }
  return { kind: 'server-error', status: response.status };
}
