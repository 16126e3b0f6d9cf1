/**
 * The proof log's entries (docs/server.md, "Proof log"): one hash chain per database of everything
 * received and done (Awb 2:17, 2:20). The server writes them; anyone holding some of them can check
 * them with this module alone (browsers and Node, Web Crypto).
 */
import { sha256Hex } from '../crypto/sha256.js';
import type { LogAnchor } from '../receipt/receipt.js';
import { canonicalJson } from '../submission/canonical.js';
import * as z from '../zod.js';

/** Lower-case hex SHA-256. */
const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'not a lower-case hex SHA-256'));

/** The `prevHash` of the first entry: there is none before it. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What the server records: every stored submission, every receipt issued, every receipt e-mail sent
 * and every outage-notice change; from the operator's side every take-over by the back office and
 * every erasure after retention. A verifier accepts any kind (later versions may add some).
 */
export type LogKind = 'submission' | 'receipt' | 'receipt-mail' | 'outage-notices' | 'taken-over' | 'erased';

/**
 * One entry. `payload` holds ids and digests only, never answers, names or addresses (AVG), e.g.
 * `{ formId, formVersion, envelopeDigest, attachments: [sha256…] }` for a `submission`.
 */
export const LogEntrySchema = z.object({
  /** 1, 2, 3 …: one chain for the whole database, also with several server processes. */
  seq: z.number().check(z.int(), z.positive()),
  kind: z.string().check(z.minLength(1)),
  /** The submission's reference, when the entry concerns one. */
  reference: z.nullable(z.string()),
  payload: z.record(z.string(), z.unknown()),
  /** ISO 8601 with offset, by the server's clock. */
  recordedAt: z.isoDateTime({ offset: true }),
  /** `hash` of the entry before (`GENESIS_HASH` for the first). */
  prevHash: Sha256Hex,
  /** Lower-case hex SHA-256 of `logEntryHashInput(entry)`. */
  hash: Sha256Hex,
});
export type LogEntry = Omit<z.infer<typeof LogEntrySchema>, 'kind'> & { kind: LogKind | (string & {}) };

/**
 * What an entry's hash covers: the RFC 8785 canonical JSON of every member but `hash` (seq, kind,
 * reference, payload, recordedAt, prevHash). `prevHash` being covered makes the entries one chain.
 */
export function logEntryHashInput(entry: Omit<LogEntry, 'hash'>): string {
  const { seq, kind, reference, payload, recordedAt, prevHash } = entry;
  return canonicalJson({ seq, kind, reference, payload, recordedAt, prevHash });
}

/** An entry's hash: lower-case hex SHA-256 (Web Crypto) of `logEntryHashInput(entry)`. */
export function logEntryHash(entry: Omit<LogEntry, 'hash'>): Promise<string> {
  return sha256Hex(logEntryHashInput(entry));
}

/** SHA-256 (hex) of a value's canonical JSON, as a `receipt` entry records its receipt (`receiptDigest`). */
export function jsonDigest(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

/** An entry's place in the chain, as receipts and signed heads carry it. */
export const anchorOf = (entry: { seq: number; hash: string }): LogAnchor => ({ seq: entry.seq, hash: entry.hash });
