import { createHash } from 'node:crypto';
import { canonicalJson, GENESIS_HASH, logEntryHashInput, type LogAnchor, type LogEntry, type LogKind } from '@wmebv/core';

export type { LogAnchor, LogEntry, LogKind };
export { GENESIS_HASH };

/**
 * The hash of an entry: SHA-256 (hex) of core's `logEntryHashInput`, the one definition of what an
 * entry's hash covers. Computed with node:crypto because appends happen inside synchronous SQLite
 * transactions (better-sqlite3), where Web Crypto's promises cannot be awaited; every verification
 * (server and offline) uses core's `verifyChain`, which hashes the same input with Web Crypto.
 */
export function entryHash(entry: Omit<LogEntry, 'hash'>): string {
  return createHash('sha256').update(logEntryHashInput(entry)).digest('hex');
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

/** SHA-256 (hex) of a value's canonical JSON, e.g. of a receipt for its `receipt` entry (core's `jsonDigest`, synchronously). */
export function jsonDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
