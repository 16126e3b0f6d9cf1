/**
 * The proof-bundle path of `wmebv verify-receipt` (issue 13): a bundle made by `wmebv-server
 * proof-bundle` or `GET /api/admin/submissions/:reference/proof` is checked offline with core's
 * `verifyProofBundle`, one line per check.
 *
 * Exit codes: 0 every check passed; 1 a check failed; 2 no Ed25519 in this Node.
 */
import { formatDateTime, isProofBundleFormat, TIME_ZONE, verifyProofBundle, type ProofBundleVerification, type ProofCheckId } from '@wmebv/core';

/** The file's JSON when it is a proof bundle (it names the format), else undefined. */
export function readProofBundle(text: string): unknown {
  const source = text.replace(/^\uFEFF/, '').trim();
  if (!source.startsWith('{')) return undefined;
  try {
    const data: unknown = JSON.parse(source);
    return isProofBundleFormat(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** What each check is called in the report. */
const CHECK_NAMES: Record<ProofCheckId, string> = {
  shape: 'bundle',
  'receipt-signature': 'receipt signature',
  'envelope-digest': 'envelope digest',
  'log-chain': 'log chain',
  'receipt-anchor': 'receipt anchor',
  'receipt-entry': 'receipt entry',
  'head-signature': 'signed log head',
  'head-covers': 'head covers entries',
};

const MARK = { passed: 'OK  ', failed: 'FAIL', unsupported: '??  ' } as const;

/** The report: one line per check, then the verdict and where the keys came from. */
export function describeBundle(result: ProofBundleVerification, receivedAt: string | undefined): string {
  const lines = result.checks.map((check) => `${MARK[check.outcome]} ${CHECK_NAMES[check.check].padEnd(20)} ${check.message}`);
  const keys =
    result.keySource === 'given'
      ? 'Keys: the key set given with --keys.'
      : 'Keys: the bundle\'s own. They prove the signatures only if they are the organisation\'s: compare their "x" with its published key set, or give it with --keys URL|FILE.';
  const when = receivedAt ? `, received ${receivedAt} (${formatDateTime(receivedAt, 'en')} ${TIME_ZONE})` : '';
  const verdict =
    result.status === 'valid'
      ? `VALID: proof bundle of ${result.reference}${when}: the receipt, the envelope and the log entries up to the signed head agree.`
      : result.status === 'unsupported'
        ? 'CANNOT CHECK: this Node has no Ed25519 in Web Crypto.'
        : `NOT VALID: ${result.checks.filter((check) => check.outcome === 'failed').length} of ${result.checks.length} checks failed.`;
  return [...lines, keys, verdict].join('\n');
}

/** Checks a bundle; prints the report (or JSON); resolves to the exit code. */
export async function verifyBundle(bundle: unknown, keySet: unknown, format: 'text' | 'json'): Promise<number> {
  const result = await verifyProofBundle(bundle, keySet === undefined ? {} : { keySet });
  const receivedAt = (bundle as { receipt?: { receivedAt?: unknown } } | null)?.receipt?.receivedAt;
  if (format === 'json') process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else process.stdout.write(describeBundle(result, result.status === 'valid' && typeof receivedAt === 'string' ? receivedAt : undefined) + '\n');
  return result.status === 'valid' ? 0 : result.status === 'invalid' ? 1 : 2;
}
