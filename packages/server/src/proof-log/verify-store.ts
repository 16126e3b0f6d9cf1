import { verifyChain, verifyLogHead, type LogAnchor, type LogVerification } from '@wmebv/core';
import type { SubmissionStore } from '../store/submission-store.js';
import { headAnchor, type LogHead } from './head.js';

/** `verifyChain` on a store, with how many anchors were checked, or the head whose signature failed. */
export type StoredLogVerification = (LogVerification & { anchors: number; unverifiedHead?: undefined }) | { ok: false; unverifiedHead: number };

/**
 * Checks a store's whole proof log against its hashes, its newest signed head (and `heads` kept
 * elsewhere, each first checked against the published keys) and the receipt anchors given, with
 * core's `verifyChain` and `verifyLogHead` (the same code `wmebv verify-receipt` runs on a proof
 * bundle). Used by `wmebv-server verify-log` and `GET /api/admin/log/verify`.
 */
export async function verifyStoredLog(
  store: SubmissionStore,
  heads: readonly LogHead[] = [],
  receiptAnchors: readonly LogAnchor[] = [],
): Promise<StoredLogVerification> {
  const keySet = { keys: await store.receiptKeys() };
  const all = [...heads];
  const stored = await store.latestLogHead();
  if (stored) all.push(stored);
  for (const head of all) if ((await verifyLogHead(head, keySet)).status !== 'valid') return { ok: false, unverifiedHead: head.seq };
  const anchors = [...all.map(headAnchor), ...receiptAnchors];
  return { ...(await verifyChain(await store.logEntries(), anchors)), anchors: anchors.length };
}
