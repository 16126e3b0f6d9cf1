import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allFields, formatDateTime, getTranslator, localize, visibleFieldIds, type Envelope, type FormDefinition, type Receipt } from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';
import nodemailer, { type Transporter } from 'nodemailer';

// Node: every message of every locale, synchronously (bundle size does not matter here).
provideAllMessages();

/**
 * The receipt e-mail (Awb 2:17 lid 1): sent when the sender gave an e-mail address. It names the
 * reference, the time of receipt and the form, and never an answer: the address is not verified,
 * so it must not receive personal data.
 */
export interface ReceiptMailOptions {
  /** `smtp://user:pass@host:587`, `smtps://…`: send through this SMTP server (nodemailer). */
  smtpUrl?: string;
  /** Without `smtpUrl`: write each message as `<reference>.eml` into this folder (the demo's outbox). */
  outboxDir?: string;
  /** The From address; defaults to `noreply@localhost` with the organisation's name. */
  from?: string;
}

/** One composed receipt e-mail. */
export interface ReceiptMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * The address to confirm receipt to: the answer to the first visible `email` field, if any.
 */
export function receiptMailAddress(definition: FormDefinition, envelope: Envelope): string | undefined {
  const visible = visibleFieldIds(definition, envelope.values);
  for (const { field } of allFields(definition)) {
    const value = envelope.values[field.id];
    if (field.type === 'email' && visible.has(field.id) && typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** The e-mail's words, in the sender's language: reference, time, form, organisation; no answers. */
export function composeReceiptMail(definition: FormDefinition, receipt: Receipt, to: string): ReceiptMail {
  const locale = receipt.locale;
  const t = getTranslator(locale);
  const params = {
    reference: receipt.reference,
    time: formatDateTime(receipt.receivedAt, locale),
    formTitle: localize(definition.title, locale),
    organisation: receipt.organisation.name,
    messageType: t(`messageType.${receipt.messageType}`),
  };
  const text = [
    t('mail.greeting'),
    '',
    t('mail.received', params),
    '',
    `${t('receipt.reference')}: ${params.reference}`,
    `${t('receipt.time')}: ${params.time}`,
    `${t('receipt.form')}: ${params.formTitle}`,
    '',
    t('mail.noAnswers'),
    '',
    t('mail.closing', params),
    '',
  ].join('\n');
  return { to, subject: t('mail.subject', params), text };
}

/** Sends receipt e-mails through SMTP or into an outbox folder. */
export class ReceiptMailer {
  readonly #transport: Transporter;
  readonly #options: ReceiptMailOptions;

  constructor(options: ReceiptMailOptions) {
    if (!options.smtpUrl && !options.outboxDir) throw new Error('Receipt e-mail needs smtpUrl or outboxDir.');
    this.#options = options;
    this.#transport = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  /** Sends the receipt e-mail when the sender gave an address; resolves to the address used, if any. */
  async send(definition: FormDefinition, envelope: Envelope, receipt: Receipt): Promise<string | undefined> {
    const to = receiptMailAddress(definition, envelope);
    if (!to) return undefined;
    const mail = composeReceiptMail(definition, receipt, to);
    const from = this.#options.from ?? { name: receipt.organisation.name, address: 'noreply@localhost' };
    const info = (await this.#transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text })) as { message?: Buffer };
    if (!this.#options.smtpUrl && this.#options.outboxDir && info.message) {
      mkdirSync(this.#options.outboxDir, { recursive: true });
      writeFileSync(path.join(this.#options.outboxDir, `${receipt.reference}.eml`), info.message, { mode: 0o600 });
    }
    return to;
  }

  close(): void {
    this.#transport.close();
  }
}
