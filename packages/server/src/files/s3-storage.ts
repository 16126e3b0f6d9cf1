import type { S3Client } from '@aws-sdk/client-s3';
import { checkStorageKey, type FileStorage, type StoredObject } from './file-storage.js';

/** Where and how to reach an S3-compatible object store (docs/server.md, "File storage"). */
export interface S3StorageOptions {
  bucket: string;
  /** e.g. `https://s3.eu-central-1.amazonaws.com` or a MinIO/Ceph/… URL; the SDK's default when absent. */
  endpoint?: string | undefined;
  /** Defaults to `us-east-1` (most S3-compatible stores ignore it, but the signature needs one). */
  region?: string | undefined;
  /** Prepended to every key, e.g. `wmebv/`, so one bucket can hold more. */
  prefix?: string | undefined;
  /** Path-style addressing (`endpoint/bucket/key`), which S3-compatible stores expect. Default true. */
  forcePathStyle?: boolean | undefined;
  /**
   * `when-required` (default): request checksums only where S3 requires them, since many
   * S3-compatible stores reject the SDK's default CRC32 checksums; `when-supported`: the SDK's default.
   */
  checksums?: 'when-required' | 'when-supported' | undefined;
  /** Static credentials; otherwise the SDK's chain (AWS_ACCESS_KEY_ID, …, instance roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
}

/**
 * Files as objects in an S3-compatible store (`@aws-sdk/client-s3`, loaded only when configured).
 * A `put` resolves when the store acknowledged the write; the submission's SHA-256 is checked
 * against what the store then returns before the row commits (`writeFiles`).
 *
 * Tested against s3rver on loopback only; not run against AWS S3 or MinIO (docs/server.md).
 */
export class S3Storage implements FileStorage {
  readonly kind = 's3';
  readonly #options: S3StorageOptions;
  #client: Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;

  constructor(options: S3StorageOptions) {
    this.#options = options;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const { client, sdk } = await this.#sdk();
    await client.send(new sdk.PutObjectCommand({ Bucket: this.#options.bucket, Key: this.#key(key), Body: bytes, ContentLength: bytes.length }));
  }

  async get(key: string): Promise<Buffer> {
    const { client, sdk } = await this.#sdk();
    const answer = await client.send(new sdk.GetObjectCommand({ Bucket: this.#options.bucket, Key: this.#key(key) }));
    if (!answer.Body) throw new Error(`No body for stored file ${key}.`);
    return Buffer.from(await answer.Body.transformToByteArray());
  }

  async delete(key: string): Promise<void> {
    const { client, sdk } = await this.#sdk();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.#options.bucket, Key: this.#key(key) }));
  }

  async *list(): AsyncIterable<StoredObject> {
    const { client, sdk } = await this.#sdk();
    const prefix = this.#options.prefix ?? '';
    let token: string | undefined;
    do {
      const page = await client.send(
        new sdk.ListObjectsV2Command({ Bucket: this.#options.bucket, Prefix: prefix || undefined, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(prefix.length);
        if (key && object.LastModified) yield { key, modifiedAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  #key(key: string): string {
    return `${this.#options.prefix ?? ''}${checkStorageKey(key)}`;
  }

  #sdk(): Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> {
    this.#client ??= import('@aws-sdk/client-s3').then((sdk) => {
      const { endpoint, region, forcePathStyle, checksums, credentials } = this.#options;
      const when = checksums === 'when-supported' ? 'WHEN_SUPPORTED' : 'WHEN_REQUIRED';
      const client = new sdk.S3Client({
        endpoint,
        region: region ?? 'us-east-1',
        forcePathStyle: forcePathStyle ?? true,
        requestChecksumCalculation: when,
        responseChecksumValidation: when,
        credentials,
      });
      return { client, sdk };
    });
    return this.#client;
  }
}
