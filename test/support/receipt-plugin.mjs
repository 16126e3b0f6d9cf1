// @ts-check
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { readDefinitions } from './intake-middleware.mjs';
import { suiteDatabaseUrl } from './test-database.mjs';

/**
 * Server commands for the receipt tests (`executeServerCommand` from @web/test-runner-commands):
 * intake handlers of `@wmebv/server` (its built dist) that the shared /api/ mount cannot be, namely
 * with a fixed clock (time-zone and DST cases), with a named signing key (key rotation: handlers
 * with different keys share one database), and with receipt e-mail into an in-process SMTP server
 * (smtp-server) or an outbox folder.
 *
 * - `wmebv-receipt-submit` `{ envelope, formId, now?, key?, mail?: 'smtp' | 'outbox', idempotencyKey? }`
 *   → `{ status, body, keySet, mails }`; `mails` are the messages the submission caused, parsed
 *   (mailparser): `{ from, to, subject, text, html, raw }`.
 *
 * @param {{ rootDir: string }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function receiptTestPlugin({ rootDir }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wmebv-receipt-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  /** @type {Map<string, { url: string, setNow: (iso: string | undefined) => void, handler: any }>} */
  const servers = new Map();
  /** @type {Map<string, any>} */
  const keys = new Map();
  /** @type {{ port: number, messages: { to: string[], raw: string }[] } | undefined} */
  let smtp;
  /** @type {Promise<any> | undefined} */
  let server;
  /** @type {Promise<string | undefined> | undefined} */
  let databaseUrl;

  async function startSmtp() {
    if (smtp) return smtp;
    const { SMTPServer } = await import('smtp-server');
    /** @type {{ to: string[], raw: string }[]} */
    const messages = [];
    const instance = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        /** @type {Buffer[]} */
        const chunks = [];
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.on('end', () => {
          messages.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    const port = await new Promise((resolve) => instance.listen(0, '127.0.0.1', () => resolve(/** @type {any} */ (instance.server.address()).port)));
    instance.server.unref();
    smtp = { port, messages };
    return smtp;
  }

  /** @param {string} keyName @param {string | undefined} mail */
  async function intake(keyName, mail) {
    const name = `${keyName}|${mail ?? ''}`;
    const existing = servers.get(name);
    if (existing) return existing;
    server ??= import('@wmebv/server');
    const { createIntakeHandler, generateReceiptKey, silentLogger } = await server;
    if (!keys.has(keyName)) keys.set(keyName, await generateReceiptKey());
    /** @type {string | undefined} */
    let fixedNow;
    const mailOptions =
      mail === 'smtp'
        ? { smtpUrl: `smtp://127.0.0.1:${(await startSmtp()).port}`, from: 'Gemeente Voorbeeld <noreply@voorbeeld.nl>' }
        : mail === 'outbox'
          ? { outboxDir: path.join(dataDir, 'outbox') }
          : undefined;
    // Handlers with different keys share one database, as after a key rotation.
    databaseUrl ??= suiteDatabaseUrl('receipt');
    const handler = createIntakeHandler({
      dataDir,
      databaseUrl: await databaseUrl,
      definitions: readDefinitions([path.join(rootDir, 'demo/forms'), path.join(rootDir, 'test/fixtures/forms')]),
      logger: silentLogger,
      limits: { submissionsPerClient: 1_000_000, mailsPerRecipient: 1_000_000, mailsPerClient: 1_000_000 },
      now: () => (fixedNow ? new Date(fixedNow) : new Date()),
      receiptSigningKey: keys.get(keyName),
      mail: mailOptions,
    });
    await handler.ready;
    const http = createServer((req, res) => void handler(req, res));
    await new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(undefined)));
    http.unref();
    const address = /** @type {import('node:net').AddressInfo} */ (http.address());
    const entry = { url: `http://127.0.0.1:${address.port}`, setNow: (/** @type {string | undefined} */ iso) => (fixedNow = iso), handler };
    servers.set(name, entry);
    return entry;
  }

  /** @param {string} raw */
  async function parseMail(raw) {
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(raw);
    const addressText = (/** @type {any} */ value) => (Array.isArray(value) ? value.map((v) => v.text).join(', ') : (value?.text ?? ''));
    return { from: addressText(mail.from), to: addressText(mail.to), subject: mail.subject ?? '', text: mail.text ?? '', html: mail.html || '', raw };
  }

  return {
    name: 'wmebv-receipt-test',
    async executeCommand({ command, payload }) {
      if (command !== 'wmebv-receipt-submit') return undefined;
      const { envelope, formId, now, key = 'default', mail, idempotencyKey } = /** @type {any} */ (payload);
      const target = await intake(key, mail);
      const before = smtp?.messages.length ?? 0;
      target.setNow(now);
      /** @type {Record<string, string>} */
      const headers = { 'content-type': 'application/json' };
      if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
      const response = await fetch(`${target.url}/api/forms/${formId}/submissions`, { method: 'POST', headers, body: JSON.stringify(envelope) });
      target.setNow(undefined);
      const body = await response.json();
      const keySet = await (await fetch(`${target.url}/api/receipt-key`)).json();
      await target.handler.mailSettled();
      /** @type {any[]} */
      let mails = [];
      if (mail === 'smtp' && smtp) mails = await Promise.all(smtp.messages.slice(before).map((message) => parseMail(message.raw)));
      if (mail === 'outbox' && body.reference) {
        try {
          mails = [await parseMail(readFileSync(path.join(dataDir, 'outbox', `${body.reference}.eml`), 'utf8'))];
        } catch (error) {
          if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
        }
      }
      return { status: response.status, body, keySet, mails };
    },
  };
}
