/**
 * The proof bundle of one submission (docs/server.md, "Proof bundle"): the evidence of receipt and
 * its time (Awb 2:17, 2:20, 6:9) a body hands to a sender or a court, and what Awb 2:25 obliges a
 * body with a portal to provide on request. One JSON document, checkable offline with this module
 * (`wmebv verify-receipt BUNDLE`) or with OpenSSL, sha256sum and jq alone.
 */
import { isReceiptPublicKey, type ReceiptKeySet } from '../receipt/key-set.js';
import { parseReceipt, type Receipt } from '../receipt/receipt.js';
import { isReference } from '../receipt/reference.js';
import { EnvelopeSchema, type Envelope } from '../submission/envelope.js';
import * as z from '../zod.js';
import { LogEntrySchema, type LogEntry } from './entry.js';
import { LogHeadSchema, type LogHead } from './head.js';

/** The `format` member of a proof bundle. */
export const PROOF_BUNDLE_FORMAT = 'wmebv-proof-bundle/1';

/**
 * A proof bundle. Its `log.entries` run without a gap from the first entry that concerns the
 * reference (its `submission` entry, the receipt's anchor) up to the entry `log.head` covers, so
 * each can be checked against the one before; entries in between that concern other submissions
 * are there for the chain, and hold ids and digests only (never answers).
 */
export const ProofBundleSchema = z.object({
  format: z.literal(PROOF_BUNDLE_FORMAT),
  /** The submission's reference, e.g. `BZW-7KX2-QD4M`. */
  reference: z.string().check(z.refine(isReference, 'not a receipt reference')),
  /** When the bundle was made, ISO 8601 with offset (server clock). */
  createdAt: z.isoDateTime({ offset: true }),
  /** The normalised envelope as stored: what the receipt's digest covers. Kept as stored, every member. */
  envelope: z.custom<Envelope>((value) => EnvelopeSchema.safeParse(value).success, 'not a submission envelope'),
  /** The signed receipt as issued (either format). */
  receipt: z.custom<Receipt>((value) => parseReceipt(value).ok, 'not a receipt'),
  log: z.object({
    /** Consecutive entries, oldest first. */
    entries: z.array(LogEntrySchema).check(z.minLength(1)),
    /** The signed head over the last of them. */
    head: z.custom<LogHead>(
      (value) => (value as { type?: unknown } | null)?.type !== 'log-head' || LogHeadSchema.safeParse(value).success,
      'not a log head',
    ),
  }),
  /** The public keys (a JWK Set) of the receipt's and the head's `kid`, as the organisation publishes them. */
  keys: z.object({ keys: z.array(z.custom<ReceiptKeySet['keys'][number]>(isReceiptPublicKey, 'not an Ed25519 public key')) }),
});
export interface ProofBundle {
  format: typeof PROOF_BUNDLE_FORMAT;
  reference: string;
  createdAt: string;
  envelope: Envelope;
  receipt: Receipt;
  log: { entries: LogEntry[]; head: LogHead };
  keys: ReceiptKeySet;
}

/** Where a proof bundle is not well-formed. */
export interface ProofBundleShapeProblem {
  pointer: string;
  message: string;
}

/**
 * Checks that a value is shaped like a proof bundle. Never throws. The value itself is returned,
 * not a copy: the digests and signatures cover every member as stored.
 */
export function parseProofBundle(value: unknown): { ok: true; bundle: ProofBundle } | { ok: false; problem: ProofBundleShapeProblem } {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== PROOF_BUNDLE_FORMAT) {
    return {
      ok: false,
      problem: { pointer: '/format', message: `not a proof bundle (format ${JSON.stringify(format ?? null)}, expected "${PROOF_BUNDLE_FORMAT}")` },
    };
  }
  const result = ProofBundleSchema.safeParse(value);
  if (result.success) return { ok: true, bundle: value as ProofBundle };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: { pointer: issue.path.map((segment) => '/' + String(segment)).join(''), message: issue.message } };
}

/** Whether a value names the proof-bundle format (so a reader can tell it from a receipt or a sender's copy). */
export const isProofBundleFormat = (value: unknown): boolean => (value as { format?: unknown } | null)?.format === PROOF_BUNDLE_FORMAT;
