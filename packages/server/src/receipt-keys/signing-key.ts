import { createHash, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { receiptSigningInput, type Receipt, type ReceiptPublicKey, type UnsignedReceipt } from '@wmebv/core';

/** An Ed25519 private key as a JWK (RFC 8037), e.g. from `openssl` + a converter or `generateKeyPairSync('ed25519')`. */
export interface ReceiptPrivateKey {
  kty: 'OKP';
  crv: 'Ed25519';
  /** Private key, base64url. */
  d: string;
  /** Public key, base64url. */
  x: string;
  /** Key id; defaults to the RFC 7638 thumbprint of the public key. */
  kid?: string;
}

/** The file in the data folder that holds the development key the server makes when none is configured. */
export const DEVELOPMENT_KEY_FILE = 'receipt-signing-key.dev.json';

/** Signs receipts with one Ed25519 key. */
export class ReceiptSigner {
  readonly publicKey: ReceiptPublicKey;
  readonly #key: KeyObject;

  constructor(jwk: ReceiptPrivateKey) {
    if (jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string' || typeof jwk.x !== 'string') {
      throw new Error('The receipt signing key must be an Ed25519 private JWK: { "kty": "OKP", "crv": "Ed25519", "d": "…", "x": "…" }.');
    }
    this.#key = createPrivateKey({ key: { kty: jwk.kty, crv: jwk.crv, d: jwk.d, x: jwk.x }, format: 'jwk' });
    // The public key is derived from the private one, so a wrong `x` in the file cannot go unnoticed.
    const derived = this.#key.export({ format: 'jwk' }) as { x: string };
    if (derived.x !== jwk.x) throw new Error('The receipt signing key\'s "x" does not belong to its "d".');
    this.publicKey = { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid ?? jwkThumbprint(jwk.x), alg: 'EdDSA', use: 'sig' };
  }

  /** The receipt with `kid` and `signature` (base64url Ed25519 over `receiptSigningInput`). */
  sign(receipt: Omit<UnsignedReceipt, 'kid'>): Receipt {
    const unsigned: UnsignedReceipt = { ...receipt, kid: this.publicKey.kid };
    const signature = sign(null, receiptSigningInput(unsigned), this.#key).toString('base64url');
    return { ...unsigned, signature };
  }
}

/** RFC 7638 thumbprint of an Ed25519 public key: SHA-256 of `{"crv":"Ed25519","kty":"OKP","x":…}`, base64url. */
export function jwkThumbprint(x: string): string {
  return createHash('sha256').update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x })).digest('base64url');
}

/** A new Ed25519 private JWK with its thumbprint as `kid`. */
export function generateReceiptKey(): Required<ReceiptPrivateKey> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const { d, x } = privateKey.export({ format: 'jwk' }) as { d: string; x: string };
  return { kty: 'OKP', crv: 'Ed25519', d, x, kid: jwkThumbprint(x) };
}

/**
 * The development signing key in `dataDir`, made on first start (readable by the owner only).
 * For development and demos: a real deployment configures its key (`receiptSigningKey`).
 *
 * @returns the key and whether it was made now
 */
export function developmentKey(dataDir: string): { key: ReceiptPrivateKey; created: boolean } {
  const file = path.join(dataDir, DEVELOPMENT_KEY_FILE);
  if (existsSync(file)) return { key: JSON.parse(readFileSync(file, 'utf8')) as ReceiptPrivateKey, created: false };
  mkdirSync(dataDir, { recursive: true });
  const key = generateReceiptKey();
  writeFileSync(file, JSON.stringify(key, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, created: true };
}

/** Reads a private JWK from a file (`--signing-key`, `WMEBV_RECEIPT_SIGNING_KEY_FILE`). */
export function readReceiptKeyFile(file: string): ReceiptPrivateKey {
  return JSON.parse(readFileSync(file, 'utf8')) as ReceiptPrivateKey;
}
