import type { Envelope, FieldValues, Receipt } from '@wmebv/core';

/** What the form keeps for resilience: answers (not files), the step, agreed declarations. */
export interface SavedProgress {
  values: FieldValues;
  stepIndex: number;
  declarations: Record<string, string>;
  /**
   * The Idempotency-Key of this form session's message: kept with the answers so that a resend
   * after a reload (when the first send may have arrived) returns the same receipt.
   */
  idempotencyKey?: string;
  /** Why the objection is late (Awb 6:11), when asked. */
  lateReason?: string;
}

/** What the receipt page needs after a reload: the receipt and the envelope it confirms. */
export interface SavedReceipt {
  receipt: Receipt;
  envelope: Envelope;
}

/**
 * Keeps answers across a reload in `sessionStorage` only (AVG: personal data never in long-lived
 * storage): gone when the tab closes, cleared after a successful send and by "Wis mijn gegevens".
 * Files are not kept: they cannot be stored without reading them into storage.
 */
export class SessionStore {
  constructor(private readonly key: string) {}

  load(): SavedProgress | undefined {
    try {
      const text = sessionStorage.getItem(this.key);
      if (!text) return undefined;
      const saved = JSON.parse(text) as SavedProgress;
      return typeof saved === 'object' && saved && typeof saved.values === 'object' ? saved : undefined;
    } catch {
      return undefined;
    }
  }

  save(progress: SavedProgress): void {
    try {
      sessionStorage.setItem(this.key, JSON.stringify(progress));
    } catch {
      // Storage full or blocked (private mode): the form works on without it.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing stored.
    }
  }
}

/**
 * Keeps the receipt (and the envelope it confirms, for the digest check and the sender's copy)
 * across a reload of the receipt page, in `sessionStorage` only: gone when the tab closes.
 */
export class ReceiptSessionStore {
  constructor(private readonly key: string) {}

  load(): SavedReceipt | undefined {
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.key) ?? 'null') as SavedReceipt | null;
      return saved && typeof saved.receipt?.reference === 'string' && typeof saved.envelope === 'object' ? saved : undefined;
    } catch {
      return undefined;
    }
  }

  save(saved: SavedReceipt): void {
    try {
      sessionStorage.setItem(this.key, JSON.stringify(saved));
    } catch {
      // Storage full or blocked: the receipt stays on screen until the page is left.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing stored.
    }
  }
}
