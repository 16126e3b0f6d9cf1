import type { ServerResponse } from 'node:http';
import { sendJson } from './respond.js';

/** The load balancer's probes, outside `/api/`. */
export const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

/**
 * `/healthz`: 200 while the process answers at all (liveness). `/readyz`: 200 only when the
 * database is reachable with its migrations applied and the server is not draining (SIGTERM), else
 * 503 with the reason, so a load balancer sends new requests elsewhere.
 */
export async function answerHealth(res: ServerResponse, path: string, readiness: () => Promise<string | undefined>): Promise<void> {
  if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
  const problem = await readiness().catch((error: unknown) => `database: ${error instanceof Error ? error.name : 'unreachable'}`);
  if (problem) sendJson(res, 503, { status: 'unavailable', reason: problem }, { 'Retry-After': '5' });
  else sendJson(res, 200, { status: 'ready' });
}
