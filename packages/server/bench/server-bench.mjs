// @ts-check
/**
 * `pnpm bench:server` (issue 12 "Also", issue 13): concurrent valid submissions against real
 * wmebv-server processes, a quarter of them with a 256 KiB PDF; prints throughput and latency
 * percentiles, and checks that the count stored equals the count acknowledged. A benchmark, not a
 * test: the figures are printed, only a lost or extra submission fails it. Every answer other than
 * 201 is counted by its status and error code (e.g. `503 storage-busy`), so the figures say why.
 *
 * Runs SQLite (one process), and with WMEBV_BENCH_POSTGRES_URL (or WMEBV_TEST_POSTGRES_URL) a
 * PostgreSQL cluster URL also PostgreSQL with one process and with two processes on one database.
 * BENCH_SUBMISSIONS (default 1000) and BENCH_CONCURRENCY (default 50) set the load.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { objectionEnvelope } from '../../../test/process/support/http.mjs';
import { startServer, tempDir } from '../../../test/process/support/processes.mjs';

const requireHere = createRequire(import.meta.url);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const CLUSTER = process.env.WMEBV_BENCH_POSTGRES_URL || process.env.WMEBV_TEST_POSTGRES_URL || '';
// A real (tiny) PDF padded to 256 KiB with a PDF comment: passes the content check as a PDF.
const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%');
const FILE = Buffer.concat([head, Buffer.alloc(256 * 1024 - head.length - 6, 0x41), Buffer.from('\n%%EOF')]);
const FILE_SHA256 = createHash('sha256').update(FILE).digest('hex');
// No per-client limit for the load (it all comes from one loopback address); no mail.
const ENV = { WMEBV_SUBMISSIONS_PER_CLIENT: '100000000', WMEBV_MAX_CONCURRENT_REQUESTS: '1000' };

/** One submission: JSON, or multipart with the 256 KiB file. Resolves with status and ms. */
async function send(base, withFile) {
  const envelope = objectionEnvelope();
  const started = performance.now();
  let response;
  if (withFile) {
    envelope.values.afschriftBesluit = ['a1'];
    envelope.attachments = [
      { id: 'a1', field: 'afschriftBesluit', name: 'besluit.pdf', size: FILE.length, type: 'application/pdf', sha256: FILE_SHA256 },
    ];
    const form = new FormData();
    form.append('submission', JSON.stringify(envelope));
    form.append('a1', new Blob([FILE], { type: 'application/pdf' }), 'besluit.pdf');
    response = await fetch(`${base}/api/forms/bezwaarschrift/submissions`, {
      method: 'POST',
      body: form,
      headers: { 'Idempotency-Key': randomUUID() },
    });
  } else {
    response = await fetch(`${base}/api/forms/bezwaarschrift/submissions`, {
      method: 'POST',
      body: JSON.stringify(envelope),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    });
  }
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status === 201) return { status: 201, ms };
  // Why it was not stored: the error code the server answered with (e.g. storage-busy).
  let code = 'no error code';
  try {
    code = JSON.parse(body).error?.code ?? code;
  } catch {
    code = 'not JSON';
  }
  return { status: response.status, ms, why: `${response.status} ${code}` };
}

/** `503 storage-busy ×12, 0 ECONNRESET ×1`: each reason for a non-201 answer with its count. */
function reasons(/** @type {{ why?: string }[]} */ results) {
  const counts = new Map();
  for (const { why } of results) if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([why, n]) => `${why} ×${n}`)
    .join(', ');
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Sends the load over `urls` in turn with CONCURRENCY workers. */
async function load(urls) {
  let next = 0;
  /** @type {{ status: number, ms: number, why?: string }[]} */
  const results = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < SUBMISSIONS) {
        const index = next++;
        results.push(
          await send(urls[index % urls.length], index % 4 === 0).catch((error) => ({
            status: 0,
            ms: 0,
            why: `no answer (${error.cause?.code ?? error.name})`,
          })),
        );
      }
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
}

async function countStored({ dataDir, databaseUrl }) {
  if (databaseUrl) {
    const pg = requireHere('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return Number((await client.query('SELECT count(*) AS n FROM submissions')).rows[0].n);
    } finally {
      await client.end();
    }
  }
  const Database = requireHere('better-sqlite3');
  const db = new Database(path.join(dataDir, 'wmebv.sqlite'), { readonly: true });
  try {
    return Number(db.prepare('SELECT count(*) AS n FROM submissions').get().n);
  } finally {
    db.close();
  }
}

async function freshDatabase() {
  const pg = requireHere('pg');
  const name = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const client = new pg.Client({ connectionString: CLUSTER });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(CLUSTER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function run(label, processes, databaseUrl) {
  const dataDir = tempDir('wmebv-bench-');
  const env = { ...ENV, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  // Two processes share the signing key and the files folder as they would behind a balancer.
  const servers = await Promise.all(Array.from({ length: processes }, () => startServer(['--data', dataDir], env)));
  try {
    const { results, seconds } = await load(servers.map((server) => server.url));
    const acknowledged = results.filter((result) => result.status === 201).length;
    const stored = await countStored({ dataDir, databaseUrl });
    const ms = results
      .filter((result) => result.status === 201)
      .map((result) => result.ms)
      .sort((a, b) => a - b);
    const other = reasons(results);
    console.log(
      `${label.padEnd(28)} ${(acknowledged / seconds).toFixed(0).padStart(5)}/s  p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(ms, 95).toFixed(0).padStart(5)} ms  p99 ${percentile(ms, 99).toFixed(0).padStart(5)} ms  max ${ms.at(-1).toFixed(0).padStart(5)} ms  ` +
        `acknowledged ${acknowledged}, stored ${stored}${other ? `; not stored: ${other}` : ''}; load after ${os.loadavg()[0].toFixed(1)}`,
    );
    return acknowledged === stored;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

console.log(
  `wmebv-server bench: ${SUBMISSIONS} submissions, ${CONCURRENCY} at once, every 4th with a 256 KiB PDF; ` +
    `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`,
);
let ok = await run('SQLite, 1 process', 1);
if (CLUSTER) {
  ok = (await run('PostgreSQL, 1 process', 1, await freshDatabase())) && ok;
  ok = (await run('PostgreSQL, 2 processes', 2, await freshDatabase())) && ok;
} else {
  console.log('PostgreSQL: skipped (set WMEBV_BENCH_POSTGRES_URL to a cluster URL; .ci/run shows how to start one)');
}
if (!ok) {
  console.error('Stored count differs from acknowledged count.');
  process.exit(1);
}
