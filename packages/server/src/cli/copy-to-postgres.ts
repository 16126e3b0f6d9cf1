import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import pg from 'pg';
import { defaultDataDir } from '../config/data-dir.js';
import { readSettings } from '../config/read-config.js';
import { verifyChain } from '@wmebv/core';
import { migrate } from '../store/postgres/migrate.js';
import { LOG_COLUMNS, logEntryFromRow, type LogRow } from '../store/rows.js';
import { DATABASE_FILE, openDatabase } from '../store/sqlite/open.js';

export const COPY_TO_POSTGRES_USAGE =
  'Usage: wmebv-server copy-to-postgres [--data DIR] --database-url postgres://…\n' +
  '  Copies everything the SQLite file in the data folder holds (submissions, receipts, idempotency\n' +
  '  keys, receipt keys, the proof log and its signed heads) into an empty PostgreSQL database\n' +
  '  (DATABASE_URL), then checks that every table has as many rows and the proof log is intact with\n' +
  '  the same head. Stop the server first. Attachment files are not in the database: move the\n' +
  "  data folder's files/ to storage every process reaches (docs/server.md).\n" +
  '  Exit code 0: copied and checked; 1: refused or a check failed (nothing committed); 2: could not run.';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for any table here. */
const BATCH_ROWS = 200;

interface Column {
  name: string;
  /** PostgreSQL's `data_type`, e.g. `text`, `bigint`, `boolean`, `bytea`. */
  type: string;
}

/**
 * `wmebv-server copy-to-postgres`: the path from one machine (SQLite, the default) to several
 * (PostgreSQL) (issue 13, Storage). Both schemas are first brought to the same migration; the copy
 * runs in one PostgreSQL transaction from one SQLite read snapshot, tables in foreign-key order, and
 * commits only when the row counts match and the copied proof log verifies with the same head hash,
 * so the chain, every receipt's anchor and every idempotency key carry over unchanged.
 *
 * @returns the exit code
 */
export async function copyToPostgresCommand(args: string[], print: (line: string) => void = console.log): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, 'database-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    print(COPY_TO_POSTGRES_USAGE);
    return 0;
  }
  const settings = readSettings(process.env, { data: values.data, 'database-url': values['database-url'] });
  const databaseUrl = values['database-url'] ?? settings.databaseUrl;
  if (!databaseUrl || !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    print('Give the PostgreSQL database to copy into: --database-url postgres://user:password@host:5432/database (or DATABASE_URL).');
    return 2;
  }
  const dataDir = settings.dataDir ? path.resolve(settings.dataDir) : defaultDataDir();
  const sqlite = openDatabase(dataDir);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await migrate(pool);
    const client = await pool.connect();
    try {
      return await copy(sqlite, client, print, path.join(dataDir, DATABASE_FILE));
    } finally {
      client.release();
    }
  } finally {
    sqlite.close();
    await pool.end();
  }
}

async function copy(sqlite: Database.Database, client: pg.PoolClient, print: (line: string) => void, source: string): Promise<number> {
  const tables = tablesInForeignKeyOrder(sqlite);
  // One read transaction: every table from the same snapshot, even if a server still writes.
  sqlite.prepare('BEGIN').run();
  await client.query('BEGIN');
  try {
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
      if (Number(rows[0]!.n) > 0) {
        print(`Refused: table ${table} in the PostgreSQL database is not empty. Copy into a new, empty database.`);
        await client.query('ROLLBACK');
        return 1;
      }
    }
    const counts: string[] = [];
    for (const table of tables) {
      const copied = await copyTable(sqlite, client, table);
      counts.push(`${table} ${copied}`);
    }
    const check = await checkCopy(sqlite, client, tables);
    if (check) {
      print(`Not copied: ${check}`);
      await client.query('ROLLBACK');
      return 1;
    }
    await client.query('COMMIT');
    print(`Copied ${source} into PostgreSQL (${counts.join(', ')}); row counts match and the proof log is intact with the same head.`);
    return 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    sqlite.prepare('COMMIT').run();
  }
}

/** The application's tables, each after the tables its foreign keys point at. */
function tablesInForeignKeyOrder(sqlite: Database.Database): string[] {
  const names = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((row) => row.name);
  const ordered: string[] = [];
  const visit = (name: string, path: string[]): void => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`Foreign keys form a cycle: ${[...path, name].join(' → ')}`);
    const parents = (sqlite.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as { table: string }[]).map((key) => key.table);
    for (const parent of parents) if (parent !== name) visit(parent, [...path, name]);
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered;
}

async function columnsOf(client: pg.PoolClient, table: string): Promise<Column[]> {
  const { rows } = await client.query<{ column_name: string; data_type: string }>(
    'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
    [table],
  );
  if (rows.length === 0) throw new Error(`Table ${table} is in the SQLite file but not in PostgreSQL: are both servers the same version?`);
  return rows.map((row) => ({ name: row.column_name, type: row.data_type }));
}

/** A SQLite value as PostgreSQL's column type takes it (SQLite has no boolean and loose integers). */
function toPostgres(value: unknown, column: Column): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'boolean') return value === 1 || value === 1n || value === true || value === '1' || value === 'true';
  if (typeof value === 'bigint') return value.toString();
  return value;
}

async function copyTable(sqlite: Database.Database, client: pg.PoolClient, table: string): Promise<number> {
  const columns = await columnsOf(client, table);
  const sqliteColumns = new Set((sqlite.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((column) => column.name));
  // Columns only PostgreSQL has (none today) keep their defaults.
  const shared = columns.filter((column) => sqliteColumns.has(column.name));
  const extra = [...sqliteColumns].filter((name) => !columns.some((column) => column.name === name));
  if (extra.length > 0) throw new Error(`Columns ${extra.join(', ')} of ${table} are not in PostgreSQL: are both servers the same version?`);
  const select = sqlite.prepare(`SELECT ${shared.map((column) => quote(column.name)).join(', ')} FROM ${quote(table)}`).safeIntegers(true);
  let batch: unknown[][] = [];
  let copied = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
    await client.query(`INSERT INTO ${quote(table)} (${shared.map((column) => quote(column.name)).join(', ')}) VALUES ${tuples.join(', ')}`, params);
    copied += batch.length;
    batch = [];
  };
  for (const row of select.iterate() as IterableIterator<Record<string, unknown>>) {
    batch.push(shared.map((column) => toPostgres(row[column.name], column)));
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
  await advanceSequences(client, table, shared);
  return copied;
}

/** Serial columns continue after the copied rows, not at 1. */
async function advanceSequences(client: pg.PoolClient, table: string, columns: Column[]): Promise<void> {
  for (const column of columns) {
    const { rows } = await client.query<{ sequence: string | null }>('SELECT pg_get_serial_sequence($1, $2) AS sequence', [
      quote(table),
      column.name,
    ]);
    const sequence = rows[0]?.sequence;
    if (!sequence) continue;
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${quote(column.name)}) FROM ${quote(table)}), 0) + 1, false)`, [sequence]);
  }
}

/** Why the copy must not be committed, or undefined when counts match and the log verifies with the same head. */
async function checkCopy(sqlite: Database.Database, client: pg.PoolClient, tables: string[]): Promise<string | undefined> {
  for (const table of tables) {
    const source = Number((sqlite.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n);
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
    if (Number(rows[0]!.n) !== source) return `table ${table} has ${rows[0]!.n} rows in PostgreSQL and ${source} in SQLite.`;
  }
  if (!tables.includes('proof_log')) return undefined;
  // Only the source's last hash is needed: the copied log is verified in full below.
  const sourceHead = (sqlite.prepare('SELECT hash FROM proof_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined)?.hash;
  const { rows } = await client.query<LogRow>(`SELECT ${LOG_COLUMNS} FROM proof_log ORDER BY seq`);
  const result = await verifyChain(rows.map(logEntryFromRow), []);
  if (!result.ok) return `the copied proof log breaks at entry ${result.problem!.seq}: ${result.problem!.message}`;
  if ((result.head?.hash ?? undefined) !== sourceHead) return "the copied proof log does not end at the SQLite log's head.";
  return undefined;
}

/** A table or column name as an SQL identifier (names come from the schema, never from input). */
function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
