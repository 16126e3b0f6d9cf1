import { readReceiptKeyFile, ReceiptSigner } from '../receipt-keys/signing-key.js';
import type { OrganisationDirectory } from './organisations.js';

/**
 * The receipt signer of each organisation: its own key when configured, else the server's. Every
 * key is published at `/api/receipt-key` (verifiers pick by `kid`).
 *
 * @throws Error when a configured key file is missing or not an Ed25519 private JWK
 */
export async function organisationSigners(
  organisations: OrganisationDirectory,
  serverSigner: Promise<ReceiptSigner>,
): Promise<Map<string, ReceiptSigner>> {
  const signers = new Map<string, ReceiptSigner>();
  for (const organisation of organisations.organisations) {
    const file = organisation.receiptSigningKeyFile;
    signers.set(organisation.id, file ? await ReceiptSigner.create(readReceiptKeyFile(file)) : await serverSigner);
  }
  return signers;
}
