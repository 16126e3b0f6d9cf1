/**
 * Refusals per minute (issue 12 item 4, Awb 2:21 lid 3): a citizen refused with 429 or 503 was
 * less able to reach the body, as during an outage. The server counts them per minute and kind,
 * nothing else (no address, no form content), so the body can see and report reduced reachability.
 */
export interface RefusalMinute {
  /** The minute, ISO 8601 UTC, e.g. `2026-12-01T23:50Z`. */
  minute: string;
  /** Refusals by status and code, e.g. `{ "429 rate-limited": 3, "503 server-busy": 1 }`. */
  counts: Record<string, number>;
}

/** The minutes kept: one day. */
const KEPT_MINUTES = 24 * 60;

export class RefusalCounter {
  readonly #minutes: RefusalMinute[] = [];

  /** Counts one refusal now. */
  count(status: number, code: string, at = new Date()): void {
    const minute = at.toISOString().slice(0, 16) + 'Z';
    let current = this.#minutes.at(-1);
    if (current?.minute !== minute) {
      current = { minute, counts: {} };
      this.#minutes.push(current);
      if (this.#minutes.length > KEPT_MINUTES) this.#minutes.shift();
    }
    const kind = `${status} ${code}`;
    current.counts[kind] = (current.counts[kind] ?? 0) + 1;
  }

  /** The minutes with refusals in the last day, oldest first. */
  minutes(): readonly RefusalMinute[] {
    return this.#minutes.map((minute) => ({ minute: minute.minute, counts: { ...minute.counts } }));
  }
}
