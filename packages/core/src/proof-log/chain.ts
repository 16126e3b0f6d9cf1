import type { LogAnchor } from '../receipt/receipt.js';
import { GENESIS_HASH, logEntryHash, type LogEntry } from './entry.js';

/** The first thing wrong with the chain, if anything. */
export interface LogProblem {
  seq: number;
  /** `edited`: an entry differs from what was hashed or anchored; `missing`: a gap; `truncated`: entries removed from the end. */
  problem: 'edited' | 'missing' | 'truncated';
  message: string;
}

export interface LogVerification {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** The last entry's anchor, when there is one. */
  head?: LogAnchor;
  problem?: LogProblem;
}

/**
 * Checks a chain in order: each entry's hash is the hash of its content, each names the hash of the
 * one before, no sequence number is missing; then that the chain still holds every anchor handed
 * out (signed heads, receipts): an anchor beyond the end means entries were removed from the end,
 * an anchor whose hash differs means the chain was rewritten. The same check runs on the server
 * (`wmebv-server verify-log`) and offline (`wmebv verify-receipt` on a proof bundle).
 *
 * @param entries - the whole log from entry 1, or with `segment: true` a run of consecutive entries
 *   from any entry on (the first one's `prevHash` is then taken as given)
 * @param anchors - `{ seq, hash }` pairs known from outside the log, e.g. the last signed head
 * @returns the first problem found, by sequence number
 */
export async function verifyChain(
  entries: AsyncIterable<LogEntry> | Iterable<LogEntry>,
  anchors: readonly LogAnchor[] = [],
  options: { segment?: boolean } = {},
): Promise<LogVerification> {
  let previous: LogEntry | undefined;
  const seen = new Map<number, string>();
  let count = 0;
  for await (const entry of entries) {
    const first = previous === undefined;
    const expectedSeq = first ? (options.segment ? entry.seq : 1) : previous!.seq + 1;
    if (entry.seq !== expectedSeq) {
      return broken(count, previous, {
        seq: expectedSeq,
        problem: 'missing',
        message: `Entry ${expectedSeq} is missing (the next one is ${entry.seq}).`,
      });
    }
    if (!(first && options.segment) && entry.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
      return broken(count, previous, {
        seq: entry.seq,
        problem: 'edited',
        message: `Entry ${entry.seq} does not name the hash of entry ${entry.seq - 1}.`,
      });
    }
    if ((await logEntryHash(entry)) !== entry.hash) {
      return broken(count, previous, {
        seq: entry.seq,
        problem: 'edited',
        message: `Entry ${entry.seq} was changed after it was written: its hash does not match its content.`,
      });
    }
    seen.set(entry.seq, entry.hash);
    previous = entry;
    count += 1;
  }
  for (const anchor of [...anchors].sort((a, b) => a.seq - b.seq)) {
    const hash = seen.get(anchor.seq);
    if (hash === undefined) {
      return broken(count, previous, {
        seq: anchor.seq,
        problem: 'truncated',
        message: `The log ends at entry ${previous?.seq ?? 0}, but an anchor handed out names entry ${anchor.seq}: entries were removed from the end.`,
      });
    }
    if (hash !== anchor.hash) {
      return broken(count, previous, {
        seq: anchor.seq,
        problem: 'edited',
        message: `Entry ${anchor.seq} differs from the anchor handed out for it.`,
      });
    }
  }
  return { ok: true, entries: count, ...(previous && { head: { seq: previous.seq, hash: previous.hash } }) };
}

function broken(count: number, previous: LogEntry | undefined, problem: LogProblem): LogVerification {
  return { ok: false, entries: count, ...(previous && { head: { seq: previous.seq, hash: previous.hash } }), problem };
}
