// @ts-check
// Raw HTTP for the process tests: node:http sends the path exactly as written (fetch would
// normalise `..` and percent-encoding away, which is what an attacker does not do).
import http from 'node:http';

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

/** A complete, valid objection for the demo form `bezwaarschrift` 1.0.0, with an e-mail address (so a receipt mail is queued). */
export function objectionEnvelope() {
  return {
    formId: 'bezwaarschrift',
    formVersion: '1.0.0',
    locale: 'nl',
    values: {
      omschrijvingBesluit: 'De weigering van mijn vergunning voor een dakkapel',
      datumBesluit: '2026-03-15',
      gronden: 'De dakkapel past in de straat.',
      horen: 'ja',
      naam: 'Jan Jansen',
      woonland: 'nl',
      straatHuisnummer: 'Dorpsstraat 1',
      postcode: '1234ab',
      woonplaats: 'Voorbeeld',
      email: 'jan@example.org',
    },
    declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
    attachments: [],
  };
}

/** POSTs the envelope as JSON to the demo form's submissions endpoint. */
export function submit(base, envelope = objectionEnvelope(), headers = {}) {
  return request(base, '/api/forms/bezwaarschrift/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: JSON.stringify(envelope),
  });
}
