// @ts-check
// Issue 12 item 6: file contents are checked against the field's `accept` by their signature, not
// their name: ELF, ZIP and HTML bytes named .pdf and a Windows executable named .png were stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDF, postWithFile } from './support/http.mjs';
import { startServer, tempDir } from './support/processes.mjs';

const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const PE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0'), Buffer.alloc(64)]);
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0]), Buffer.alloc(40)]);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

/** Posts the objection with one file for `afschriftBesluit` (accepts PDF, JPEG, PNG). */
async function postFile(/** @type {string} */ base, /** @type {Buffer} */ bytes, /** @type {string} */ name, /** @type {string} */ type) {
  const response = await postWithFile(base, bytes, { name, type });
  return { status: response.status, body: await response.json() };
}

describe('file contents are checked by signature', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', tempDir('wmebv-files-')]);
  });
  after(() => server?.stop());

  for (const [what, bytes, name, type] of [
    ['ELF named .pdf', ELF, 'besluit.pdf', 'application/pdf'],
    ['a Windows executable named .png', PE, 'foto.png', 'image/png'],
    ['a ZIP named .pdf', ZIP, 'besluit.pdf', 'application/pdf'],
    ['HTML named .pdf', HTML, 'besluit.pdf', 'application/pdf'],
  ]) {
    it(`refuses ${what} with a 422 naming the file`, async () => {
      const { status, body } = await postFile(server.url, bytes, name, type);
      assert.equal(status, 422);
      assert.deepEqual(
        body.errors.map((error) => [error.field, error.rule, error.params.name]),
        [['afschriftBesluit', 'fileType', name]],
      );
      assert.match(body.errors[0].message, new RegExp(name.replace('.', '\\.')));
    });
  }

  it('accepts a real PDF', async () => {
    const { status } = await postFile(server.url, PDF, 'besluit.pdf', 'application/pdf');
    assert.equal(status, 201);
  });

  it('refuses an empty file', async () => {
    const { status, body } = await postFile(server.url, Buffer.alloc(0), 'leeg.pdf', 'application/pdf');
    assert.equal(status, 422);
    assert.equal(body.errors[0].rule, 'fileEmpty');
  });
});
