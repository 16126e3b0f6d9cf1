import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LogAnchor } from '../proof-log/entry.js';
import { logHeadSigningInput, type LogHead } from '../proof-log/head.js';
import {
  jwkThumbprint,
  parseReceiptPrivateKey,
  receiptSigningInput,
  type Receipt,
  type ReceiptPrivateKey,
  type ReceiptPublicKey,
  type UnsignedReceipt,
} from '@wmebv/core';

export type { ReceiptPrivateKey } from '@wmebv/core';

/** The file in the data folder that holds the development key the server makes when none is configured. */
export const DEVELOPMENT_KEY_FILE = 'receipt-signing-key.dev.json';

/** Signs receipts with one Ed25519 key. Make one with `ReceiptSigner.create`. */
export class ReceiptSigner {
  readonly publicKey: ReceiptPublicKey;
  readonly #key: KeyObject;

  private constructor(publicKey: ReceiptPublicKey, key: KeyObject) {
    this.publicKey = publicKey;
    this.#key = key;
  }

  /**
   * Checks the key at once (so a wrong key stops start-up), then names it: its `kid`, or else the
   * RFC 7638 thumbprint of its public key (core's `jwkThumbprint`, the only one).
   *
   * @param jwk - an Ed25519 private JWK (any value: it is checked)
   * @throws Error, synchronously, when `jwk` is not an Ed25519 private JWK or its `x` does not belong to its `d`
   */
  static create(jwk: unknown): Promise<ReceiptSigner> {
    const parsed = parseReceiptPrivateKey(jwk);
    if (!parsed.ok) throw new Error(`The receipt signing key must be an Ed25519 private JWK: ${parsed.problem}`);
    const { d, x, kid } = parsed.key;
    const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d, x }, format: 'jwk' });
    // The public key is derived from the private one, so a wrong `x` in the file cannot go unnoticed.
    const derived = key.export({ format: 'jwk' }) as { x: string };
    if (derived.x !== x) throw new Error('The receipt signing key\'s "x" does not belong to its "d".');
    return (async () => {
      const name = kid ?? (await jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }));
      return new ReceiptSigner({ kty: 'OKP', crv: 'Ed25519', x, kid: name, alg: 'EdDSA', use: 'sig' }, key);
    })();
  }

  /** A signed head of the proof log (`type: "log-head"`), which never verifies as a receipt. */
  signLogHead(anchor: LogAnchor, signedAt: string): LogHead {
    const unsigned = { type: 'log-head' as const, seq: anchor.seq, hash: anchor.hash, signedAt, kid: this.publicKey.kid };
    return { ...unsigned, signature: sign(null, logHeadSigningInput(unsigned), this.#key).toString('base64url') };
  }

  /** The receipt with `kid` and `signature` (base64url Ed25519 over `receiptSigningInput`). */
  sign(receipt: Omit<UnsignedReceipt, 'kid'>): Receipt {
    const unsigned: UnsignedReceipt = { ...receipt, kid: this.publicKey.kid };
    const signature = sign(null, receiptSigningInput(unsigned), this.#key).toString('base64url');
    return { ...unsigned, signature };
  }
}

function newEd25519Jwk(): { kty: 'OKP'; crv: 'Ed25519'; d: string; x: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const { d, x } = privateKey.export({ format: 'jwk' }) as { d: string; x: string };
  return { kty: 'OKP', crv: 'Ed25519', d, x };
}

/** A new Ed25519 private JWK with its RFC 7638 thumbprint as `kid`. */
export async function generateReceiptKey(): Promise<Required<ReceiptPrivateKey>> {
  const key = newEd25519Jwk();
  return { ...key, kid: await jwkThumbprint(key) };
}

/**
 * The development signing key in `dataDir`, made on first start (readable by the owner only; its
 * kid is its thumbprint, derived by `ReceiptSigner.create`). For development and demos: a real
 * deployment configures its key (`receiptSigningKey`).
 *
 * @returns the key and whether it was made now
 * @throws Error when the file exists but does not hold an Ed25519 private JWK
 */
export function developmentKey(dataDir: string): { key: ReceiptPrivateKey; created: boolean } {
  const file = path.join(dataDir, DEVELOPMENT_KEY_FILE);
  if (existsSync(file)) return { key: readReceiptKeyFile(file), created: false };
  mkdirSync(dataDir, { recursive: true });
  const key = newEd25519Jwk();
  writeFileSync(file, JSON.stringify(key, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, created: true };
}

/**
 * Reads a private JWK from a file (`--signing-key`, `WMEBV_RECEIPT_SIGNING_KEY_FILE`), checked.
 *
 * @throws Error naming the file when it is not JSON or not an Ed25519 private JWK
 */
export function readReceiptKeyFile(file: string): ReceiptPrivateKey {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The receipt signing key file ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseReceiptPrivateKey(json);
  if (!parsed.ok) throw new Error(`The receipt signing key file ${file} does not hold an Ed25519 private JWK: ${parsed.problem}`);
  return parsed.key;
}

/**
 * Reads the public keys of earlier signing keys (`WMEBV_EARLIER_RECEIPT_KEYS_FILE`): a JWK Set
 * `{ "keys": [...] }` or an array of Ed25519 public JWKs. Private parts are dropped.
 *
 * @throws Error naming the file when a key is not an Ed25519 public JWK
 */
export async function readPublicKeysFile(file: string): Promise<ReceiptPublicKey[]> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const keys = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) throw new Error(`${file}: expected a JWK Set { "keys": [...] } or an array of public JWKs.`);
  const published: ReceiptPublicKey[] = [];
  for (const [index, key] of (keys as Partial<ReceiptPublicKey>[]).entries()) {
    if (key?.kty !== 'OKP' || key.crv !== 'Ed25519' || typeof key.x !== 'string') {
      throw new Error(`${file}: key ${index + 1} is not an Ed25519 public JWK ({ "kty": "OKP", "crv": "Ed25519", "x": "…" }).`);
    }
    const kid = key.kid ?? (await jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: key.x }));
    published.push({ kty: 'OKP', crv: 'Ed25519', x: key.x, kid, alg: 'EdDSA', use: 'sig' });
  }
  return published;
}
