import { envelopeDigest } from '../submission/digest.js';
import { verifyReceipt } from '../receipt/verify.js';
import { parseProofBundle, type ProofBundle } from './bundle.js';
import { verifyChain } from './chain.js';
import { jsonDigest } from './entry.js';
import { verifyLogHead } from './head.js';

/** The checks `verifyProofBundle` makes, in order. */
export type ProofCheckId =
  'shape' | 'receipt-signature' | 'envelope-digest' | 'log-chain' | 'receipt-anchor' | 'receipt-entry' | 'head-signature' | 'head-covers';

/** One check's outcome: `passed`, `failed`, or `unsupported` (no Ed25519 in this runtime). */
export interface ProofCheck {
  check: ProofCheckId;
  outcome: 'passed' | 'failed' | 'unsupported';
  /** What was checked and found, in English. */
  message: string;
}

export interface ProofBundleVerification {
  /** `valid` when every check passed; `unsupported` when none failed but a signature could not be checked. */
  status: 'valid' | 'invalid' | 'unsupported';
  reference?: string;
  /** `given`: the key set passed in; `bundle`: the bundle's own, which proves only if it matches the organisation's published set. */
  keySource: 'given' | 'bundle';
  checks: ProofCheck[];
}

/**
 * Checks a proof bundle offline, each check on its own so that every problem is named:
 * 1. `receipt-signature`: the receipt's Ed25519 signature (Awb 2:17 lid 1);
 * 2. `envelope-digest`: the envelope's SHA-256 is the receipt's digest (what was received);
 * 3. `log-chain`: every entry's hash is over its content and names the hash of the one before;
 * 4. `receipt-anchor`: the receipt's log anchor is among the entries, a `submission` entry of this
 *    reference that records the envelope's digest (the time of receipt, Awb 2:20, is in the log);
 * 5. `receipt-entry`: an entry of this reference records the receipt's own digest;
 * 6. `head-signature`: the head is a signed `log-head` (never a receipt) by a key in the set;
 * 7. `head-covers`: the head names the last entry, so it covers every entry before it.
 *
 * @param value - the bundle as parsed JSON (any value: it is checked)
 * @param options.keySet - the organisation's published JWK Set; without it the bundle's own keys
 *   are used and `keySource` says so
 */
export async function verifyProofBundle(value: unknown, options: { keySet?: unknown } = {}): Promise<ProofBundleVerification> {
  const keySource = options.keySet === undefined ? 'bundle' : 'given';
  const parsed = parseProofBundle(value);
  if (!parsed.ok) {
    const { pointer, message } = parsed.problem;
    return {
      status: 'invalid',
      keySource,
      checks: [{ check: 'shape', outcome: 'failed', message: `The proof bundle is not well-formed at ${pointer || '/'}: ${message}.` }],
    };
  }
  const bundle = parsed.bundle;
  const keySet = options.keySet ?? bundle.keys;
  const checks: ProofCheck[] = [
    await receiptSignature(bundle, keySet),
    await envelopeMatches(bundle),
    await chain(bundle),
    await receiptAnchor(bundle),
    await receiptEntry(bundle),
    await headSignature(bundle, keySet),
    headCovers(bundle),
  ];
  const status = checks.some((check) => check.outcome === 'failed')
    ? 'invalid'
    : checks.some((check) => check.outcome === 'unsupported')
      ? 'unsupported'
      : 'valid';
  return { status, reference: bundle.reference, keySource, checks };
}

const passed = (check: ProofCheckId, message: string): ProofCheck => ({ check, outcome: 'passed', message });
const failed = (check: ProofCheckId, message: string): ProofCheck => ({ check, outcome: 'failed', message });

async function receiptSignature(bundle: ProofBundle, keySet: unknown): Promise<ProofCheck> {
  const result = await verifyReceipt(bundle.receipt, keySet);
  if (result.status === 'unsupported') return { check: 'receipt-signature', outcome: 'unsupported', message: result.message };
  if (result.status === 'invalid') return failed('receipt-signature', `Receipt: ${result.message}`);
  if (bundle.receipt.reference !== bundle.reference) {
    return failed('receipt-signature', `The receipt is for ${bundle.receipt.reference}, not for ${bundle.reference}.`);
  }
  return passed('receipt-signature', `The receipt ${bundle.reference} (received ${bundle.receipt.receivedAt}) is signed with key ${result.key.kid}.`);
}

async function envelopeMatches(bundle: ProofBundle): Promise<ProofCheck> {
  const digest = await envelopeDigest(bundle.envelope);
  if (digest !== bundle.receipt.digest.value) {
    return failed(
      'envelope-digest',
      `The envelope's SHA-256 is ${digest}, but the receipt states ${bundle.receipt.digest.value}: it is not what was received.`,
    );
  }
  return passed('envelope-digest', `The envelope's SHA-256 is the receipt's digest ${digest}.`);
}

async function chain(bundle: ProofBundle): Promise<ProofCheck> {
  const { entries } = bundle.log;
  const result = await verifyChain(entries, [], { segment: true });
  if (!result.ok) return failed('log-chain', `Proof log: ${result.problem!.message}`);
  return passed(
    'log-chain',
    `Entries ${entries[0]!.seq} to ${entries.at(-1)!.seq} form one chain: each hash is over its entry and names the one before.`,
  );
}

async function receiptAnchor(bundle: ProofBundle): Promise<ProofCheck> {
  const anchor = bundle.receipt.log;
  if (!anchor) return failed('receipt-anchor', 'The receipt carries no proof-log anchor ("log"): it was issued before the proof log.');
  const entry = bundle.log.entries.find((candidate) => candidate.seq === anchor.seq);
  if (!entry) return failed('receipt-anchor', `The receipt's anchor names entry ${anchor.seq}, which is not in the bundle.`);
  if (entry.hash !== anchor.hash)
    return failed('receipt-anchor', `Entry ${anchor.seq} has hash ${entry.hash}, but the receipt's anchor states ${anchor.hash}.`);
  if (entry.kind !== 'submission' || entry.reference !== bundle.reference) {
    return failed(
      'receipt-anchor',
      `Entry ${anchor.seq} is a "${entry.kind}" entry of ${entry.reference ?? 'no submission'}, not the submission entry of ${bundle.reference}.`,
    );
  }
  if (entry.payload['envelopeDigest'] !== bundle.receipt.digest.value) {
    return failed(
      'receipt-anchor',
      `Entry ${anchor.seq} records envelope digest ${String(entry.payload['envelopeDigest'])}, not the receipt's ${bundle.receipt.digest.value}.`,
    );
  }
  return passed(
    'receipt-anchor',
    `The receipt's anchor is entry ${anchor.seq}, the submission entry of ${bundle.reference} recorded ${entry.recordedAt}, with the envelope's digest.`,
  );
}

async function receiptEntry(bundle: ProofBundle): Promise<ProofCheck> {
  const digest = await jsonDigest(bundle.receipt);
  const entry = bundle.log.entries.find((candidate) => candidate.kind === 'receipt' && candidate.reference === bundle.reference);
  if (!entry) return failed('receipt-entry', `No "receipt" entry of ${bundle.reference} is in the bundle.`);
  if (entry.payload['receiptDigest'] !== digest) {
    return failed(
      'receipt-entry',
      `Entry ${entry.seq} records receipt digest ${String(entry.payload['receiptDigest'])}, but this receipt's SHA-256 is ${digest}.`,
    );
  }
  return passed('receipt-entry', `Entry ${entry.seq} records this receipt's SHA-256 ${digest}.`);
}

async function headSignature(bundle: ProofBundle, keySet: unknown): Promise<ProofCheck> {
  const result = await verifyLogHead(bundle.log.head, keySet);
  if (result.status === 'unsupported') return { check: 'head-signature', outcome: 'unsupported', message: result.message };
  if (result.status === 'invalid') return failed('head-signature', `Log head: ${result.message}`);
  return passed('head-signature', `The log head over entry ${bundle.log.head.seq} is signed ${bundle.log.head.signedAt} with key ${result.key.kid}.`);
}

function headCovers(bundle: ProofBundle): ProofCheck {
  const { head, entries } = bundle.log;
  const last = entries.at(-1)!;
  if (head.type !== 'log-head') return failed('head-covers', 'There is no signed log head to cover the entries.');
  if (head.seq !== last.seq || head.hash !== last.hash) {
    return failed(
      'head-covers',
      `The signed head names entry ${head.seq} with hash ${head.hash}, but the last entry is ${last.seq} with hash ${last.hash}.`,
    );
  }
  return passed('head-covers', `The signed head names the last entry (${last.seq}), so it covers entries ${entries[0]!.seq} to ${last.seq}.`);
}
