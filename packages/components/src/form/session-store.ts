import type { FieldValues } from '@wmebv/core';

/** What the form keeps for resilience: answers (not files), the step, agreed declarations. */
export interface SavedProgress {
  values: FieldValues;
  stepIndex: number;
  declarations: Record<string, string>;
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
