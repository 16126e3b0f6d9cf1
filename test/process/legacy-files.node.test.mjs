// @ts-check
// Issue 13, Storage: files never live in the database. Versions before migration 3 stored each
// attachment as a BLOB row; a server started on such a database moves each file whose bytes still
// match their recorded SHA-256 into the file storage (written, then recorded and the BLOB dropped
// in one transaction), serves it through the operator's endpoint like any other, and leaves a file
// that no longer matches in the database with a warning.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { postWithFile, request } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const Database = createRequire(path.join(ROOT, 'packages/server/package.json'))('better-sqlite3');
const sha256 = (/** @type {string | Buffer} */ value) => createHash('sha256').update(value).digest('hex');
const pdf = (/** @type {string} */ text) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** POSTs the objection with one copy of the decision attached; resolves with the receipt. */
async function submitWithFile(/** @type {string} */ base, /** @type {Buffer} */ bytes) {
  const response = await postWithFile(base, bytes);
  assert.equal(response.status, 201, await response.clone().text());
  return /** @type {any} */ (await response.json());
}

/**
 * Turns the database back into what migrations 1 and 2 wrote: each file's bytes as a BLOB in
 * `attachments`, no `attachment_files` row, no file in the storage. `damage` changes the bytes of
 * the files of these references (a BLOB that no longer matches its recorded SHA-256).
 */
function asBeforeMigration3(/** @type {string} */ dataDir, /** @type {string[]} */ damage) {
  const db = new Database(path.join(dataDir, 'wmebv.sqlite'));
  const rows = db.prepare('SELECT * FROM attachment_files').all();
  for (const row of rows) {
    const file = path.join(dataDir, 'files', ...row.storage_key.split('/'));
    let bytes = readFileSync(file);
    if (damage.includes(row.submission_reference)) bytes = Buffer.concat([bytes, Buffer.from('x')]);
    db.prepare(
      'INSERT INTO attachments (submission_reference, attachment_id, field_id, name, type, size, sha256, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(row.submission_reference, row.attachment_id, row.field_id, row.name, row.type, row.size, row.sha256, bytes);
    db.prepare('DELETE FROM attachment_files WHERE storage_key = ?').run(row.storage_key);
    rmSync(file);
  }
  db.close();
}

describe('attachment files an old database keeps as BLOBs', () => {
  const dataDir = tempDir('wmebv-legacy-files-');
  const token = `wmebv_${randomBytes(32).toString('base64url')}`;
  const env = { WMEBV_ADMIN_TOKENS: `zaaksysteem:${sha256(token)}` };
  const good = pdf('het besluit');
  /** @type {string[]} */
  const references = [];
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;

  before(async () => {
    const first = await startServer(['--data', dataDir], env);
    try {
      references.push((await submitWithFile(first.url, good)).reference, (await submitWithFile(first.url, pdf('beschadigd'))).reference);
    } finally {
      await first.stop();
    }
    asBeforeMigration3(dataDir, [references[1] ?? '']);
    server = await startServer(['--data', dataDir], env);
    // Moving runs in the background after start: wait for its log lines (60 s at most).
    for (let waited = 0; !/Left 1 attachment files/.test(server.output()); waited += 100) {
      if (waited > 60_000) throw new Error(`The server never said it moved the files. Output:\n${server.output()}`);
      await delay(100);
    }
  });
  after(() => server?.stop());

  it('moves the matching file into the file storage and drops its BLOB; the damaged one stays, named in the log', async () => {
    assert.match(server.output(), /Moved 1 attachment files kept in the database by an earlier version/);
    assert.match(server.output(), new RegExp(`Left 1 attachment files in the database: .*${references[1]}/a1`));
    const db = new Database(path.join(dataDir, 'wmebv.sqlite'), { readonly: true });
    try {
      assert.deepEqual(
        db
          .prepare('SELECT submission_reference AS r FROM attachments')
          .all()
          .map((/** @type {any} */ row) => row.r),
        [references[1]],
      );
      const moved = db.prepare('SELECT * FROM attachment_files WHERE submission_reference = ?').get(references[0]);
      assert.equal(moved.sha256, sha256(good));
      const file = path.join(dataDir, 'files', ...moved.storage_key.split('/'));
      assert.ok(existsSync(file), file);
      assert.equal(sha256(readFileSync(file)), sha256(good));
    } finally {
      db.close();
    }
  });

  it('serves the moved file to the back office like any other', async () => {
    const answer = await request(server.url, `/api/admin/submissions/${references[0]}/attachments/a1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(answer.status, 200, answer.body.toString());
    assert.equal(sha256(answer.body), sha256(good));
  });
});
