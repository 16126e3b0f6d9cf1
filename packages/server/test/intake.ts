// Shared by the server tests: they run in Chromium against the real intake handler that
// web-test-runner.config.mjs mounts at /api/ (a fresh SQLite file per run).
import type { Envelope } from '@wmebv/core';

export const SUBMISSIONS = '/api/forms/bezwaarschrift/submissions';

/** A complete, valid objection (demo form `bezwaarschrift` 1.0.0) as a browser would send it. */
export function objectionEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    formId: 'bezwaarschrift',
    formVersion: '1.0.0',
    locale: 'nl',
    values: {
      omschrijvingBesluit: 'De weigering van mijn vergunning voor een dakkapel',
      datumBesluit: '2026-03-15',
      gronden: 'De dakkapel past in de straat.\nDe buren zijn akkoord.',
      horen: 'ja',
      naam: ' Jan Jansen ',
      woonland: 'nl',
      straatHuisnummer: 'Dorpsstraat 1',
      postcode: '1234ab',
      woonplaats: 'Voorbeeld',
    },
    declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
    attachments: [],
    ...overrides,
  };
}

/** A fresh key per test: every test file shares one server and database. */
export const newKey = (): string => crypto.randomUUID();

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Posts `multipart/form-data`: the envelope as part `submission`, then one part per file, named by attachment id. */
export function postMultipart(
  path: string,
  envelope: unknown,
  files: Record<string, Blob> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.append('submission', typeof envelope === 'string' ? envelope : JSON.stringify(envelope));
  for (const [id, blob] of Object.entries(files)) form.append(id, blob, id);
  return fetch(path, { method: 'POST', headers, body: form });
}

/** Lower-case hex SHA-256 of a blob, as the browser computes it for the envelope. */
export async function sha256(blob: Blob): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The error code of a JSON error answer. */
export async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string } };
  return body.error?.code ?? '(no error code)';
}

export interface ErrorItem {
  field: string;
  target: string;
  rule: string;
  params: Record<string, unknown>;
  messageKey: string;
  message: string;
}
