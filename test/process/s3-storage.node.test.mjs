// @ts-check
// Issue 13: attachments in S3-compatible object storage (@aws-sdk/client-s3, path-style, checksums
// only when required), tested against s3rver on loopback: no real object store runs here, and this
// adapter has not been run against AWS S3 or MinIO (docs/server.md).
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import S3rver from 's3rver';
import { newStorageKey, openStore, S3Storage, sweepOrphanFiles } from '@wmebv/server';
import { objectionEnvelope } from './support/http.mjs';
import { startServer, tempDir } from './support/processes.mjs';

const BUCKET = 'wmebv-test';
// s3rver's fixed credentials.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const sha256 = (/** @type {Buffer} */ bytes) => createHash('sha256').update(bytes).digest('hex');

describe('attachments in S3-compatible storage (s3rver on loopback)', () => {
  /** @type {any} */
  let s3;
  let endpoint = '';
  /** @type {S3Storage} */
  let storage;
  before(async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: tempDir('wmebv-s3rver-'), configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    storage = new S3Storage({ bucket: BUCKET, endpoint, prefix: 'adapter/', credentials: CREDENTIALS });
  });
  after(() => s3.close());

  it('writes, reads back byte for byte, lists and deletes', async () => {
    const key = newStorageKey(new Date());
    const bytes = Buffer.from(`%PDF-1.4 ${randomUUID()}`);
    await storage.put(key, bytes);
    assert.equal(sha256(await storage.get(key)), sha256(bytes));
    const listed = [];
    for await (const object of storage.list()) listed.push(object.key);
    assert.ok(listed.includes(key), `listed: ${listed.join(', ')}`);
    await storage.delete(key);
    await assert.rejects(storage.get(key));
  });

  it('refuses keys the server would never make', async () => {
    await assert.rejects(storage.put('../etc/passwd', Buffer.from('x')), /Not a storage key/);
  });

  it("stores a submission's file in the bucket (not the data folder) with the SHA-256 the receipt states, and sweeps orphans only", async () => {
    const dataDir = tempDir('wmebv-s3-server-');
    const server = await startServer(['--data', dataDir], {
      WMEBV_S3_BUCKET: BUCKET,
      WMEBV_S3_ENDPOINT: endpoint,
      WMEBV_S3_PREFIX: 'server/',
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    });
    const bytes = Buffer.from('%PDF-1.4 besluit');
    const envelope = /** @type {any} */ (objectionEnvelope());
    envelope.values.afschriftBesluit = ['a'];
    envelope.attachments = [
      { id: 'a', field: 'afschriftBesluit', name: 'besluit.pdf', size: bytes.length, type: 'application/pdf', sha256: sha256(bytes) },
    ];
    const form = new FormData();
    form.append('submission', JSON.stringify(envelope));
    form.append('a', new Blob([bytes], { type: 'application/pdf' }), 'besluit.pdf');
    let response;
    try {
      response = await fetch(`${server.url}/api/forms/bezwaarschrift/submissions`, { method: 'POST', body: form });
      assert.equal(response.status, 201, await response.clone().text());
    } finally {
      await server.stop();
    }
    assert.equal((await response.json()).attachments[0].sha256, sha256(bytes));
    assert.ok(!existsSync(path.join(dataDir, 'files')), 'nothing in the local file folder');

    const bucket = new S3Storage({ bucket: BUCKET, endpoint, prefix: 'server/', credentials: CREDENTIALS });
    /** @type {string[]} */
    const keys = [];
    for await (const object of bucket.list()) keys.push(object.key);
    assert.equal(keys.length, 1);
    assert.equal(sha256(await bucket.get(/** @type {string} */ (keys[0]))), sha256(bytes));

    // A file whose submission never committed (the process died in between) is an orphan.
    const orphan = newStorageKey(new Date());
    await bucket.put(orphan, Buffer.from('left behind'));
    const store = await openStore({ dataDir });
    try {
      const removed = await sweepOrphanFiles(store, bucket, new Date(), 0);
      assert.deepEqual(removed, [orphan]);
    } finally {
      await store.close();
    }
    const left = [];
    for await (const object of bucket.list()) left.push(object.key);
    assert.deepEqual(left, keys, "the submission's file stays");
  });
});
