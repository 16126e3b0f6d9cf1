// @ts-check
// Issue 12 item 6: attachment names like `../../etc/passwd`, with NUL, with CR/LF and header text,
// with markup, were stored as sent. Now the server stores (and signs in the receipt) the name as
// core's `normaliseFileName` makes it, the rule the browser applies before sending, and the raw
// name is nowhere in the data folder or the database. Against the real server, on SQLite and on
// PostgreSQL (where a NUL in a name would otherwise fail the insert).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { envelopeDigest, normaliseFileName, validateSubmission } from '@wmebv/core';
import { objectionEnvelope, PDF, postWithFile } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const requireFromServer = createRequire(path.join(ROOT, 'packages/server/package.json'));
const DEFINITION = JSON.parse(readFileSync(path.join(ROOT, 'demo/forms/bezwaarschrift.json'), 'utf8'));

/** What a security officer sent, and the name stored and shown instead. */
const ATTACKS = [
  ['path parts', '../../etc/passwd.pdf', 'passwd.pdf'],
  ['a Windows path', '..\\..\\Windows\\win.ini.pdf', 'win.ini.pdf'],
  ['NUL', 'besluit\u0000.pdf', 'besluit_.pdf'],
  ['CR/LF and header text', 'besluit.pdf\r\nContent-Disposition: inline; x=.pdf', 'besluit.pdf Content-Disposition_ inline; x=.pdf'],
  ['markup', '<img src=x onerror=alert(2)>.pdf', '_img src=x onerror=alert(2)_.pdf'],
  ['markup with a closing tag (its slash makes a path)', '<b>besluit</b>.pdf', 'b_.pdf'],
  ['a right-to-left override', 'besluit\u202Efdp.exe.pdf', 'besluit_fdp.exe.pdf'],
  ['decomposed Unicode', 'be\u0301sluit.pdf', 'b\u00e9sluit.pdf'],
  ['250 characters', `${'a'.repeat(246)}.pdf`, `${'a'.repeat(116)}.pdf`],
];

/** Posts the objection with one real PDF named `name`; returns the status, the receipt and the envelope sent. */
async function postNamed(/** @type {string} */ base, /** @type {string} */ name) {
  const envelope = objectionEnvelope();
  const response = await postWithFile(base, PDF, { name, partName: 'a1.pdf', envelope });
  return { status: response.status, receipt: await response.json(), envelope };
}

/** Every file under `dir`, read as bytes. */
function everyFile(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => readFileSync(file));
}

for (const backend of ['SQLite', 'PostgreSQL']) {
  describe(`attachment names are normalised and bounded (${backend})`, backend === 'PostgreSQL' ? needsPostgres() : {}, () => {
    const dataDir = tempDir('wmebv-names-');
    /** @type {string | undefined} */
    let databaseUrl;
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    /** @type {Map<string, { status: number, receipt: any, envelope: any }>} */
    const answers = new Map();
    before(async () => {
      databaseUrl = backend === 'PostgreSQL' ? await freshPostgresDatabase('names') : undefined;
      server = await startServer(['--data', dataDir], databaseUrl ? { DATABASE_URL: databaseUrl } : {});
      for (const [, name] of ATTACKS) answers.set(name, await postNamed(server.url, name));
    });
    after(() => server?.stop());

    for (const [what, name, stored] of ATTACKS) {
      it(`${what}: stored and signed as ${JSON.stringify(stored)}`, async () => {
        const { status, receipt, envelope } = /** @type {{ status: number, receipt: any, envelope: any }} */ (answers.get(name));
        assert.equal(status, 201, JSON.stringify(receipt));
        assert.equal(normaliseFileName(name), stored);
        assert.equal(receipt.attachments[0].name, stored);
        // The browser sends the name normalised by the same rule: the receipt's digest is over what it sent.
        const sentByBrowser = { ...envelope, attachments: [{ ...envelope.attachments[0], name: stored }] };
        assert.equal(receipt.digest.value, await envelopeDigest(validateSubmission(DEFINITION, sentByBrowser).envelope));
      });
    }

    it('refuses a name over 255 characters with a 400 that points at it', async () => {
      const { status, receipt } = await postNamed(server.url, `${'a'.repeat(300)}.pdf`);
      assert.equal(status, 400);
      assert.deepEqual(
        receipt.error.problems.map((problem) => problem.pointer),
        ['/attachments/0/name'],
      );
    });

    it('keeps only the normalised names in the database, and none of the raw names anywhere', async () => {
      let names;
      if (databaseUrl) {
        const pg = requireFromServer('pg');
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        try {
          names = (await client.query('SELECT name FROM attachment_files ORDER BY name')).rows.map((row) => row.name);
        } finally {
          await client.end();
        }
      } else {
        const Database = requireFromServer('better-sqlite3');
        const db = new Database(path.join(dataDir, 'wmebv.sqlite'), { readonly: true });
        try {
          names = db
            .prepare('SELECT name FROM attachment_files ORDER BY name')
            .all()
            .map((row) => row.name);
        } finally {
          db.close();
        }
      }
      assert.deepEqual(names, ATTACKS.map(([, , stored]) => stored).sort());
      const bytes = everyFile(dataDir);
      for (const raw of ['../../etc/passwd', '\r\nContent-Disposition', '<img', 'onerror=alert(2)>', '<b>', 'besluit\u0000', '\u202E']) {
        assert.ok(!bytes.some((file) => file.includes(Buffer.from(raw, 'utf8'))), `the raw name part ${JSON.stringify(raw)} is in the data folder`);
      }
    });
  });
}
