import { createHash } from 'node:crypto';
import { canonicalJson } from '@wmebv/core';

/**
 * What the proof log records (docs/design.md, "Proof log"; Awb 2:17, 2:20, 2:25): every stored
 * submission, every receipt issued, every receipt e-mail sent and every outage-notice change; and,
 * from the operator's side, every take-over by the back office and every erasure after retention.
 */
export type LogKind = 'submission' | 'receipt' | 'receipt-mail' | 'outage-notices' | 'taken-over' | 'erased';

/**
 * One entry, as stored. `payload` holds ids and digests only, never answers, names or addresses
 * (AVG): e.g. `{ formId, formVersion, receivedAt, envelopeDigest, attachments: [sha256…] }`.
 */
export interface LogEntry {
  /** 1, 2, 3 …: one chain for the whole database, also with several processes. */
  seq: number;
  kind: LogKind;
  /** The submission's reference, when the entry concerns one. */
  reference: string | null;
  payload: Record<string, unknown>;
  /** ISO 8601 with offset, server clock. */
  recordedAt: string;
  /** `hash` of the entry before (64 zeros for the first). */
  prevHash: string;
  /** Lower-case hex SHA-256 of the RFC 8785 canonical JSON of every member above. */
  hash: string;
}

/** Where a receipt is anchored in the chain: its `receipt` entry's `seq` and `hash` are in the receipt. */
export interface LogAnchor {
  seq: number;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry: SHA-256 (hex) of the canonical JSON of all its members but `hash`. */
export function entryHash(entry: Omit<LogEntry, 'hash'>): string {
  const { seq, kind, reference, payload, recordedAt, prevHash } = entry;
  return createHash('sha256').update(canonicalJson({ seq, kind, reference, payload, recordedAt, prevHash })).digest('hex');
}

/** The entry after `previous` (undefined: the first), hashed. */
export function nextEntry(
  previous: LogAnchor | undefined,
  kind: LogKind,
  reference: string | null,
  payload: Record<string, unknown>,
  recordedAt: string,
): LogEntry {
  const draft = { seq: (previous?.seq ?? 0) + 1, kind, reference, payload, recordedAt, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...draft, hash: entryHash(draft) };
}

/** SHA-256 (hex) of a value's canonical JSON, e.g. of a receipt for its `receipt` entry. */
export function jsonDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
