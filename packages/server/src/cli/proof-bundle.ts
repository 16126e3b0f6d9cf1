import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ReceiptPublicKey } from '@wmebv/core';
import { developmentKey, readPublicKeysFile, readReceiptKeyFile, ReceiptSigner } from '../receipt-keys/signing-key.js';
import { openOperatorService, OPERATOR_OPTIONS, operatorSettings } from './operator-setup.js';

export const PROOF_BUNDLE_USAGE =
  'Usage: wmebv-server proof-bundle [--organisation ID] [--out FILE] REFERENCE\n' +
  '  Writes the proof bundle of one submission (Awb 2:17, 2:20, 6:9; 2:25): the stored envelope, the\n' +
  '  receipt, the proof-log entries from its first to the signed head after them, and the public keys,\n' +
  '  as one JSON document (stdout, or FILE). Same configuration as the server (DATABASE_URL or --data,\n' +
  '  the organisations file, the signing key, which signs a new head when none covers the entries yet).\n' +
  '  Check it with `wmebv verify-receipt FILE --keys https://…/api/receipt-key` or OpenSSL (docs/server.md).\n' +
  '  Exit code 0: written; 1: no such submission, erased, or from before the proof log; 2: could not run.';

/**
 * `wmebv-server proof-bundle REFERENCE` (issue 13): the same bundle as
 * `GET /api/admin/submissions/:reference/proof`, for an operator with access to the database. The
 * access is logged like the endpoint's (the action and the reference, never answers).
 *
 * @returns the exit code
 */
export async function proofBundleCommand(args: string[], print: (line: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: OPERATOR_OPTIONS,
  });
  const [reference, ...extra] = positionals;
  if (values.help || !reference || extra.length > 0) {
    print(PROOF_BUNDLE_USAGE);
    return values.help ? 0 : 2;
  }
  const { settings, organisation, dataDir } = operatorSettings(values);
  const signer = await ReceiptSigner.create(
    settings.signingKeyFile ? readReceiptKeyFile(path.resolve(settings.signingKeyFile)) : developmentKey(dataDir).key,
  );
  const earlier: readonly ReceiptPublicKey[] = settings.earlierKeysFile ? await readPublicKeysFile(path.resolve(settings.earlierKeysFile)) : [];
  const { store, service } = await openOperatorService(settings, dataDir);
  try {
    const bundle = await service.proofBundle(organisation, reference, {
      signer,
      keys: async () => [...earlier, ...(await store.receiptKeys()), signer.publicKey],
    });
    // The access line goes to stderr: stdout may be the bundle itself.
    console.error(`admin proof token=(command line) organisation=${organisation.id} ${reference}`);
    if (bundle === undefined || bundle === 'erased' || bundle === 'no-log') {
      const why =
        bundle === 'erased'
          ? 'its answers and receipt were deleted after the retention period'
          : bundle === 'no-log'
            ? 'its receipt was issued before the proof log'
            : 'there is no such submission';
      print(`No proof bundle for ${reference} of organisation ${organisation.id}: ${why}.`);
      return 1;
    }
    const text = JSON.stringify(bundle, null, 2) + '\n';
    if (values.out) {
      writeFileSync(path.resolve(values.out), text, { mode: 0o600 });
      console.error(
        `Wrote the proof bundle of ${reference} (entries ${bundle.log.entries[0]!.seq}-${bundle.log.head.seq}) to ${path.resolve(values.out)}.`,
      );
    } else process.stdout.write(text);
    return 0;
  } finally {
    await store.close();
  }
}
