// Shared by the server tests (Node, `node --test --import tsx`): each test file gets the real intake
// handler of the built @wmebv/server on its own loopback port, with a fresh data folder and, when the
// suite runs against PostgreSQL (WMEBV_TEST_BACKEND=postgres), a fresh database. Relative paths given
// to `fetch` below resolve against that server, so the tests read as a browser's requests would.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createIntakeHandler, silentLogger } from '@wmebv/server';
import type { Envelope } from '@wmebv/core';
// @ts-expect-error plain JavaScript shared with the browser runner's middleware
import { readDefinitions } from '../../../../test/support/intake-middleware.mjs';
// @ts-expect-error plain JavaScript shared with the process tests
import { NO_CLIENT_LIMITS, objectionEnvelope as sharedObjectionEnvelope } from '../../../../test/support/envelopes.mjs';
// @ts-expect-error plain JavaScript shared with the browser runner's middleware
import { suiteDatabaseUrl } from '../../../../test/support/test-database.mjs';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The demo forms and the test fixtures, as every test server serves them. */
export const definitions = (): unknown[] => readDefinitions([path.join(repoRoot, 'demo/forms'), path.join(repoRoot, 'test/fixtures/forms')]);

/** Limits lifted: every test posts from 127.0.0.1 (the per-client limits have their own process tests). */
export const noClientLimits: { submissionsPerClient: number; mailsPerRecipient: number; mailsPerClient: number } = NO_CLIENT_LIMITS;

async function startIntake(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wmebv-server-test-'));
  const handler = createIntakeHandler({
    dataDir,
    databaseUrl: await suiteDatabaseUrl('server'),
    definitions: definitions(),
    logger: silentLogger,
    limits: noClientLimits,
  });
  await handler.ready;
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await handler.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The base URL of this test file's intake server. */
export const base = await startIntake();

/** `fetch` with paths relative to this file's intake server (`/api/…`). */
export function fetch(input: string, init?: RequestInit): Promise<Response> {
  return globalThis.fetch(new URL(input, base), init);
}

export const SUBMISSIONS = '/api/forms/bezwaarschrift/submissions';

/** A complete, valid objection (demo form `bezwaarschrift` 1.0.0) as a browser would send it, with an e-mail address. */
export const objectionEnvelope: (overrides?: Partial<Envelope>) => Envelope = sharedObjectionEnvelope;

/** A fresh key per test: every test file shares one server and database. */
export const newKey = (): string => crypto.randomUUID();

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Posts `multipart/form-data`: the envelope as part `submission`, then one part per file, named by attachment id. */
export function postMultipart(
  path: string,
  envelope: unknown,
  files: Record<string, Blob> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.append('submission', typeof envelope === 'string' ? envelope : JSON.stringify(envelope));
  for (const [id, blob] of Object.entries(files)) form.append(id, blob, id);
  return fetch(path, { method: 'POST', headers, body: form });
}

/** Lower-case hex SHA-256 of a blob, as the browser computes it for the envelope. */
export async function sha256(blob: Blob): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The error code of a JSON error answer. */
export async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string } };
  return body.error?.code ?? '(no error code)';
}

export interface ErrorItem {
  field: string;
  target: string;
  rule: string;
  params: Record<string, unknown>;
  messageKey: string;
  message: string;
}
