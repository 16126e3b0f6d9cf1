import { randomUUID } from 'node:crypto';

/**
 * Where attachment bytes live (docs/design.md, "Server": files never go into the database): a local
 * folder by default, or S3-compatible object storage. The database rows name each file by its key.
 *
 * `put` resolves only when the bytes are durable (a local file and its folder fsynced; an object
 * store's acknowledged write), because the submission's row commits, and its receipt is sent, right
 * after (issue 12 item 2).
 */
export interface FileStorage {
  /** `local` or `s3`. */
  readonly kind: string;
  /** Writes the bytes under `key` (never overwriting), durably. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`; rejects when there are none. */
  get(key: string): Promise<Buffer>;
  /** Removes `key`; nothing happens when it is not there. */
  delete(key: string): Promise<void>;
  /** Every file stored, with its key and last change, for the orphan sweep. */
  list(): AsyncIterable<StoredObject>;
}

/** A file in the file storage, as the orphan sweep sees it. */
export interface StoredObject {
  key: string;
  modifiedAt: Date;
}

/** Keys are made by the server only: lower-case letters, digits, `-` and `/` between segments. */
export const STORAGE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/**
 * A fresh key for a submission's file: `YYYY-MM/<uuid>`, so that folders and listings stay small
 * and the key says nothing about the sender or the file's name.
 */
export function newStorageKey(now: Date): string {
  return `${now.toISOString().slice(0, 7)}/${randomUUID()}`;
}

/** @throws Error when `key` is not one the server makes (a guard against path tricks). */
export function checkStorageKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key).slice(0, 80)}`);
  return key;
}
