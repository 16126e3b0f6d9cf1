import { PROOF_BUNDLE_FORMAT, type LogHead, type ProofBundle, type ReceiptPublicKey } from '@wmebv/core';
import { formatReceivedAt } from '../intake/received-at.js';
import { signLogHead } from '../maintenance.js';
import type { ReceiptSigner } from '../receipt-keys/signing-key.js';
import type { ArchivedSubmission } from '../store/archive.js';
import type { SubmissionStore } from '../store/submission-store.js';

/** What making a bundle needs besides the store: the server's head signer and its published keys. */
export interface ProofSigning {
  /** Signs a new log head when no stored one covers the submission's last entry yet. */
  signer: ReceiptSigner;
  /** Every public key the server publishes (`GET /api/receipt-key`). */
  keys(): Promise<readonly ReceiptPublicKey[]>;
}

/** Why no bundle can be made: `erased` after retention; `no-log` for a receipt issued before the proof log. */
export type NoProofBundle = 'erased' | 'no-log';

/**
 * The proof bundle of a stored submission (core's `ProofBundleSchema`; docs/server.md, "Proof
 * bundle"): the envelope and receipt as stored, the log entries from its first to the entry the
 * signed head names (the oldest stored head that covers its last entry, else one signed now), and
 * the public keys of the receipt and the head. Entries of other submissions in that run carry ids
 * and digests only.
 */
export async function buildProofBundle(
  store: SubmissionStore,
  stored: ArchivedSubmission,
  signing: ProofSigning,
  now: Date,
): Promise<ProofBundle | NoProofBundle> {
  const { envelope, receipt } = stored;
  if (stored.erasedAt || !envelope || !receipt) return 'erased';
  const concerning = await store.logEntries(stored.reference);
  if (concerning.length === 0 || !receipt.log) return 'no-log';
  const head = await coveringHead(store, concerning.at(-1)!.seq, signing.signer, now);
  const entries = await store.logRange(Math.min(concerning[0]!.seq, receipt.log.seq), head.seq);
  const kids = new Set([receipt.kid, head.kid]);
  const keys = (await signing.keys())
    .filter((key) => kids.has(key.kid))
    .map((key) => ({ kty: key.kty, crv: key.crv, x: key.x, kid: key.kid, alg: 'EdDSA' as const, use: 'sig' as const }));
  return {
    format: PROOF_BUNDLE_FORMAT,
    reference: stored.reference,
    createdAt: formatReceivedAt(now),
    envelope,
    receipt,
    log: { entries, head },
    keys: { keys },
  };
}

/** The oldest stored head at or after `seq`; else the head signed now over the end of the log. */
async function coveringHead(store: SubmissionStore, seq: number, signer: ReceiptSigner, now: Date): Promise<LogHead> {
  const stored = await store.logHeadCovering(seq);
  if (stored) return stored;
  // Another process may store a head meanwhile (once per seq): then that one is read back.
  const signed = (await signLogHead(store, signer, now)) ?? (await store.logHeadCovering(seq));
  if (!signed) throw new Error(`No signed head of the proof log covers entry ${seq}.`);
  return signed;
}
