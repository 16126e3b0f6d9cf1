import { parseStored, SavedProgressSchema, SavedReceiptSchema, type SavedProgress, type SavedReceipt } from '@wmebv/core';

export type { SavedProgress, SavedReceipt } from '@wmebv/core';

/**
 * Keeps answers across a reload in `sessionStorage` only (AVG: personal data never in long-lived
 * storage): gone when the tab closes, cleared after a successful send and by "Wis mijn gegevens".
 * Files are not kept: they cannot be stored without reading them into storage.
 */
export class SessionStore {
  constructor(private readonly key: string) {}

  /** The saved progress, parsed; undefined when there is none or it is not of this shape. */
  load(): SavedProgress | undefined {
    try {
      return parseStored(SavedProgressSchema, sessionStorage.getItem(this.key));
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

  /** The saved receipt and envelope, parsed; undefined when there is none or it is not of this shape. */
  load(): SavedReceipt | undefined {
    try {
      return parseStored(SavedReceiptSchema, sessionStorage.getItem(this.key));
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
