// Intake servers for the receipt tests that the shared one cannot be: with a fixed clock (time-zone
// and DST cases), with a named signing key (key rotation: servers with different keys share one
// database), and with receipt e-mail into an in-process SMTP server (smtp-server) or an outbox folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Envelope, Receipt, ReceiptKeySet } from '@wmebv/core';
import { createIntakeHandler, generateReceiptKey, silentLogger } from '@wmebv/server';
import { definitions, noClientLimits } from './intake.js';
// @ts-expect-error plain JavaScript shared with the browser runner's middleware
import { suiteDatabaseUrl } from '../../../../test/support/test-database.mjs';

/** A receipt e-mail as the recipient's mail program reads it (mailparser). */
export interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface Submitted {
  status: number;
  body: Receipt;
  keySet: ReceiptKeySet;
  /** The messages this submission caused. */
  mails: Mail[];
}

type IntakeHandler = ReturnType<typeof createIntakeHandler>;
interface Running {
  url: string;
  setNow: (iso: string | undefined) => void;
  handler: IntakeHandler;
  http: Server;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wmebv-receipt-'));
const servers = new Map<string, Running>();
const keys = new Map<string, Awaited<ReturnType<typeof generateReceiptKey>>>();
let smtp: { server: SMTPServer; port: number; messages: { to: string[]; raw: string }[] } | undefined;
let databaseUrl: Promise<string | undefined> | undefined;

after(async () => {
  for (const { http, handler } of servers.values()) {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    await handler.close();
  }
  if (smtp) await new Promise((resolve) => smtp!.server.close(() => resolve(undefined)));
  rmSync(dataDir, { recursive: true, force: true });
});

async function startSmtp(): Promise<NonNullable<typeof smtp>> {
  if (smtp) return smtp;
  const messages: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => void chunks.push(chunk));
      stream.on('end', () => {
        messages.push({ to: (session.envelope.rcptTo || []).map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
  smtp = { server, port, messages };
  return smtp;
}

async function intake(keyName: string, mail: 'smtp' | 'outbox' | undefined): Promise<Running> {
  const name = `${keyName}|${mail ?? ''}`;
  const existing = servers.get(name);
  if (existing) return existing;
  if (!keys.has(keyName)) keys.set(keyName, await generateReceiptKey());
  let fixedNow: string | undefined;
  const mailOptions =
    mail === 'smtp'
      ? { smtpUrl: `smtp://127.0.0.1:${(await startSmtp()).port}`, from: 'Gemeente Voorbeeld <noreply@voorbeeld.nl>' }
      : mail === 'outbox'
        ? { outboxDir: path.join(dataDir, 'outbox') }
        : undefined;
  // Servers with different keys share one database, as after a key rotation.
  databaseUrl ??= suiteDatabaseUrl('receipt');
  const handler = createIntakeHandler({
    dataDir,
    databaseUrl: await databaseUrl,
    definitions: definitions(),
    logger: silentLogger,
    limits: noClientLimits,
    now: () => (fixedNow ? new Date(fixedNow) : new Date()),
    receiptSigningKey: keys.get(keyName),
    mail: mailOptions,
  });
  await handler.ready;
  const http = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const running = {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    setNow: (iso: string | undefined) => (fixedNow = iso),
    handler,
    http,
  };
  servers.set(name, running);
  return running;
}

const addressText = (value: AddressObject | AddressObject[] | undefined): string =>
  Array.isArray(value) ? value.map((v) => v.text).join(', ') : (value?.text ?? '');

async function parseMail(raw: string): Promise<Mail> {
  const mail = await simpleParser(raw);
  return { from: addressText(mail.from), to: addressText(mail.to), subject: mail.subject ?? '', text: mail.text ?? '', html: mail.html || '', raw };
}

/**
 * Submits `envelope` to form `formId` through an intake server with the given clock (`now`, ISO
 * 8601), signing key name and mail setting, and returns the answer, the server's key set and the
 * e-mails the submission caused.
 */
export async function submitVia(options: {
  envelope: Envelope;
  formId?: string;
  now?: string;
  key?: string;
  mail?: 'smtp' | 'outbox';
  idempotencyKey?: string;
}): Promise<Submitted> {
  const { envelope, formId = 'bezwaarschrift', now, key = 'default', mail, idempotencyKey } = options;
  const target = await intake(key, mail);
  const before = smtp?.messages.length ?? 0;
  target.setNow(now);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  const response = await fetch(`${target.url}/api/forms/${formId}/submissions`, { method: 'POST', headers, body: JSON.stringify(envelope) });
  target.setNow(undefined);
  const body = (await response.json()) as Receipt;
  const keySet = (await (await fetch(`${target.url}/api/receipt-key`)).json()) as ReceiptKeySet;
  await target.handler.mailSettled();
  let mails: Mail[] = [];
  if (mail === 'smtp' && smtp) mails = await Promise.all(smtp.messages.slice(before).map((message) => parseMail(message.raw)));
  if (mail === 'outbox' && body.reference) {
    try {
      mails = [await parseMail(readFileSync(path.join(dataDir, 'outbox', `${body.reference}.eml`), 'utf8'))];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { status: response.status, body, keySet, mails };
}
