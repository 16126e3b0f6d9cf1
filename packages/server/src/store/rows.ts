import type { LogEntry, LogKind } from '../proof-log/entry.js';
import { parseReceipt, ReceiptPublicKeySchema, type Receipt, type ReceiptPublicKey } from '@wmebv/core';

/**
 * Stored JSON read back, parsed rather than cast (both backends): a damaged row fails here, with
 * where, not later as a broken key set or receipt for every verifier.
 */
export function receiptFromRow(json: string): Receipt {
  const stored = parseReceipt(JSON.parse(json));
  if (!stored.ok) throw new Error(`A stored receipt is damaged at ${stored.problem.pointer || '/'}.`);
  return stored.receipt;
}

/** A stored receipt signing key (public JWK), parsed. */
export function receiptKeyFromRow(json: string): ReceiptPublicKey {
  return ReceiptPublicKeySchema.parse(JSON.parse(json));
}

/** A `proof_log` row as both backends return it (PostgreSQL's BIGINT as a string). */
export interface LogRow {
  seq: number | string;
  kind: string;
  reference: string | null;
  payload_json: string;
  recorded_at: string;
  prev_hash: string;
  hash: string;
}

/** The columns of a `proof_log` row, in the order `logEntryRow` gives their values. */
export const LOG_COLUMNS = 'seq, kind, reference, payload_json, recorded_at, prev_hash, hash';

/** A proof-log entry as the values of one `proof_log` row, in `LOG_COLUMNS` order (both backends). */
export function logEntryRow(entry: LogEntry): [number, string, string | null, string, string, string, string] {
  return [entry.seq, entry.kind, entry.reference, JSON.stringify(entry.payload), entry.recordedAt, entry.prevHash, entry.hash];
}

/** A stored proof-log entry, as written (the hash is checked by `verifyChain`, not here). */
export function logEntryFromRow(row: LogRow): LogEntry {
  return {
    seq: Number(row.seq),
    kind: row.kind as LogKind,
    reference: row.reference,
    payload: JSON.parse(row.payload_json) as Record<string, unknown>,
    recordedAt: row.recorded_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
