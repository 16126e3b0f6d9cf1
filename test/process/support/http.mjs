// @ts-check
// Raw HTTP for the process tests: node:http sends the path exactly as written (fetch would
// normalise `..` and percent-encoding away, which is what an attacker does not do).
import { createHash } from 'node:crypto';
import http from 'node:http';
import { objectionEnvelope } from '../../support/envelopes.mjs';

/**
 * @param {string} base e.g. http://127.0.0.1:1234
 * @param {string} rawPath sent as is
 * @param {{ method?: string, headers?: Record<string, string>, body?: string | Buffer }} [options]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
export function request(base, rawPath, { method = 'GET', headers = {}, body } = {}) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: rawPath, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export { objectionEnvelope };

/** POSTs the envelope as JSON to the demo form's submissions endpoint. */
export function submit(base, envelope = objectionEnvelope(), headers = {}) {
  return request(base, '/api/forms/bezwaarschrift/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: JSON.stringify(envelope),
  });
}

/** A small valid PDF, as the demo form's `afschriftBesluit` accepts. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * POSTs an objection with one file attached to `afschriftBesluit`, as multipart/form-data the way
 * the form sends it: the envelope names the file with its size and SHA-256, the part carries it.
 *
 * @param {string} base e.g. http://127.0.0.1:1234
 * @param {Buffer} [bytes] the file (default: a small PDF)
 * @param {{ name?: string, type?: string, partName?: string, envelope?: ReturnType<typeof objectionEnvelope>, formId?: string }} [options]
 *   `name` as the envelope gives it, `partName` as the multipart part gives it (default: `name`)
 * @returns {Promise<Response>}
 */
export function postWithFile(
  base,
  bytes = PDF,
  { name = 'besluit.pdf', type = 'application/pdf', partName = name, envelope = objectionEnvelope(), formId = 'bezwaarschrift' } = {},
) {
  /** @type {any} */ (envelope.values).afschriftBesluit = ['a1'];
  envelope.attachments = [
    { id: 'a1', field: 'afschriftBesluit', name, size: bytes.length, type, sha256: createHash('sha256').update(bytes).digest('hex') },
  ];
  const form = new FormData();
  form.append('submission', JSON.stringify(envelope));
  form.append('a1', new Blob([bytes], { type }), partName);
  return fetch(`${base}/api/forms/${formId}/submissions`, { method: 'POST', body: form, headers: { 'Idempotency-Key': crypto.randomUUID() } });
}
