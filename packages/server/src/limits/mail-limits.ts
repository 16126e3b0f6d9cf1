import { createHash } from 'node:crypto';
import type { RateLimitCounter, RateLimitCounterFactory } from './rate-limit.js';
import type { ServerLimits } from './server-limits.js';

/**
 * Limits on receipt e-mails (issue 12 item 4): at most `mailsPerRecipient` per address per
 * `mailRecipientWindowMs` and `mailsPerClient` per client address per `mailClientWindowMs`, so the
 * form never becomes a mail cannon (50 submissions naming one address queued 50 mails). The receipt
 * on screen is always issued; only the e-mail is left out. Recipients are counted by the SHA-256
 * of their lower-cased address, so no counter store ever holds an e-mail address.
 */
export class ReceiptMailLimits {
  readonly #perRecipient: RateLimitCounter;
  readonly #perClient: RateLimitCounter;

  constructor(limits: ServerLimits, counters: RateLimitCounterFactory) {
    this.#perRecipient = counters('receipt-mail-per-recipient', limits.mailsPerRecipient, limits.mailRecipientWindowMs);
    this.#perClient = counters('receipt-mail-per-client', limits.mailsPerClient, limits.mailClientWindowMs);
  }

  /** Counts one mail to `recipient` caused by `client`; false when either limit is reached (then nothing is sent). */
  async allow(recipient: string, client: string): Promise<boolean> {
    // The recipient first: mails refused for the address do not use up the client's allowance.
    const byRecipient = await this.#perRecipient.consume(createHash('sha256').update(recipient.trim().toLowerCase()).digest('hex'));
    if (!byRecipient.allowed) return false;
    return (await this.#perClient.consume(client)).allowed;
  }
}
