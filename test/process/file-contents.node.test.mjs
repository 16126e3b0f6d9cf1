// @ts-check
// Issue 12 item 6: file contents are checked against the field's `accept` by their signature, not
// their name: ELF, ZIP and HTML bytes named .pdf and a Windows executable named .png were stored.
// Types without a signature (plain text, CSV) pass only as UTF-8 without NUL; an office file is
// checked as its OOXML type, not as "a ZIP".
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { PDF, postWithFile } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const PE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
  Buffer.from('PE\0\0'),
  Buffer.alloc(64),
]);
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

/** A ZIP file of stored (uncompressed) entries, written by hand (APPNOTE 4.3): what office files are. */
function storedZip(/** @type {[string, string][]} */ entries) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(Buffer.concat(directory).length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

const DOCX = storedZip([
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ],
  ['word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'],
]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('files without a signature, and office files', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    // The fixture form `server-limits`, its file field taking text, CSV and Word files.
    const forms = path.join(tempDir('wmebv-text-files-'), 'forms');
    mkdirSync(forms);
    const definition = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/forms/server-limits.json'), 'utf8'));
    Object.assign(definition.steps[0].fields[1], { accept: ['text/plain', 'text/csv', '.docx'], maxFileSize: 4096 });
    writeFileSync(path.join(forms, 'server-limits.json'), JSON.stringify(definition));
    server = await startServer(['--data', tempDir('wmebv-text-files-data-'), '--forms', forms]);
  });
  after(() => server?.stop());

  /** Posts the form with one file; resolves with the status and the first error's rule and file name. */
  async function post(/** @type {Buffer} */ bytes, /** @type {string} */ name, /** @type {string} */ type) {
    const envelope = {
      formId: 'server-limits',
      formVersion: '1.0.0',
      locale: 'nl',
      values: { opmerking: 'hallo', bestand: ['a1'] },
      declarations: {},
      attachments: [{ id: 'a1', field: 'bestand', name, size: bytes.length, type, sha256: createHash('sha256').update(bytes).digest('hex') }],
    };
    const form = new FormData();
    form.append('submission', JSON.stringify(envelope));
    form.append('a1', new Blob([bytes], { type }), name);
    const response = await fetch(`${server.url}/api/forms/server-limits/submissions`, { method: 'POST', body: form });
    const body = await response.json();
    return [response.status, body.errors?.[0]?.rule, body.errors?.[0]?.params?.name];
  }

  it('accepts UTF-8 text and CSV', async () => {
    assert.deepEqual(await post(Buffer.from('Geachte heer, mevrouw,\nmet vriendelijke groet.\n'), 'brief.txt', 'text/plain'), [
      201,
      undefined,
      undefined,
    ]);
    assert.deepEqual(await post(Buffer.from('datum;bedrag\n2026-03-15;€ 12,50\n'), 'kosten.csv', 'text/csv'), [201, undefined, undefined]);
  });

  it('refuses "text" with a NUL byte or that is not UTF-8, naming the file', async () => {
    assert.deepEqual(await post(Buffer.from('brief\0met NUL'), 'brief.txt', 'text/plain'), [422, 'fileType', 'brief.txt']);
    assert.deepEqual(await post(Buffer.from([0x62, 0x72, 0x69, 0x65, 0x66, 0xff, 0xfe]), 'kosten.csv', 'text/csv'), [422, 'fileType', 'kosten.csv']);
  });

  it('accepts a Word file by its OOXML content, and refuses a plain ZIP named .docx', async () => {
    assert.deepEqual(await post(DOCX, 'bezwaar.docx', DOCX_TYPE), [201, undefined, undefined]);
    assert.deepEqual(await post(storedZip([['a.txt', 'hallo']]), 'bezwaar.docx', DOCX_TYPE), [422, 'fileType', 'bezwaar.docx']);
  });
});
