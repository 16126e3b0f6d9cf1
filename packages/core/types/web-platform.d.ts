/**
 * The few Web platform APIs core uses, which browsers and Node 20 both have as globals. Core is
 * compiled with `lib: ["ES2022"]` and this file instead of the DOM lib or @types/node, so that using
 * `document`, `window`, `sessionStorage`, `Buffer` or `process` in core fails the type check.
 * Only for core's own build (tsconfig.build.json); consumers get the real declarations.
 */

type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

interface CryptoKey {
  readonly type: string;
}

interface JsonWebKey {
  kty?: string;
  crv?: string;
  x?: string;
}

interface SubtleCrypto {
  digest(algorithm: 'SHA-256', data: BufferSource): Promise<ArrayBuffer>;
  importKey(format: 'jwk', keyData: JsonWebKey, algorithm: { name: 'Ed25519' }, extractable: boolean, keyUsages: Array<'verify'>): Promise<CryptoKey>;
  verify(algorithm: { name: 'Ed25519' }, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean>;
}

interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

declare var crypto: Crypto;

/** Base64 of a "binary string" (one character per byte), and back. */
declare function btoa(data: string): string;
declare function atob(data: string): string;

declare function structuredClone<T>(value: T): T;

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
}
