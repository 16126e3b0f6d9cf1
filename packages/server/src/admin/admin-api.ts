import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { OutageNotice } from '@wmebv/core';
import { HttpError } from '../http/http-error.js';
import { sendJson } from '../http/respond.js';
import type { IntakeLogger } from '../log/logger.js';
import type { OperatorIdentity, OrganisationDirectory } from '../organisations/organisations.js';
import { verifyStoredLog } from '../proof-log/verify-store.js';
import type { SubmissionStatus } from '../store/archive.js';
import type { SubmissionStore } from '../store/submission-store.js';
import { ADMIN_PREFIX, adminMethod, matchAdminRoute, type AdminRoute } from './admin-routes.js';
import type { OperatorService } from './operator-service.js';
import type { ProofSigning } from '../proof-log/bundle.js';

export interface AdminApiParts {
  service: OperatorService;
  organisations: OrganisationDirectory;
  store: SubmissionStore;
  notices: () => Promise<readonly OutageNotice[]>;
  now: () => Date;
  logger: IntakeLogger;
  /** The head signer and published keys, for proof bundles. */
  proof: ProofSigning;
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/;
const STATUSES = new Set<SubmissionStatus>(['new', 'taken-over', 'erased']);

/**
 * Answers one request under `/api/admin/` (docs/server.md, "The operator's side"): first the
 * bearer token (401 without a valid one, for every path, so unknown paths tell nothing), then the
 * route, always within the token's organisation. Every access is logged with the token's name and
 * the ids it concerned, never answers.
 */
export async function answerAdmin(req: IncomingMessage, res: ServerResponse, path: string, parts: AdminApiParts): Promise<void> {
  const identity = authenticate(req, parts);
  const route = matchAdminRoute(path);
  if (route.kind === 'unknown') throw new HttpError(404, 'not-found', 'There is no such operator endpoint.');
  const method = adminMethod(route);
  if (method === 'GET' ? req.method !== 'GET' && req.method !== 'HEAD' : req.method !== method) {
    throw new HttpError(405, 'method-not-allowed', `Use ${method} here.`, { headers: { Allow: method === 'GET' ? 'GET, HEAD' : method } });
  }
  const references = await answerRoute(req, res, route, identity, parts);
  parts.logger.access?.({ token: identity.tokenName, organisation: identity.organisation.id, action: route.kind, references });
}

function authenticate(req: IncomingMessage, parts: AdminApiParts): OperatorIdentity {
  const match = BEARER.exec(req.headers.authorization ?? '');
  const identity = match ? parts.organisations.authenticate(match[1]!, parts.now()) : undefined;
  if (!identity) {
    parts.logger.access?.({ token: null, organisation: null, action: 'refused', references: [] });
    throw new HttpError(401, 'unauthorized', 'An operator token is needed: Authorization: Bearer <token>.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="wmebv-admin"' },
    });
  }
  return identity;
}

/** Answers the route; returns the references it touched, for the access log. */
async function answerRoute(
  req: IncomingMessage,
  res: ServerResponse,
  route: AdminRoute,
  identity: OperatorIdentity,
  parts: AdminApiParts,
): Promise<string[]> {
  const { service } = parts;
  const organisation = identity.organisation;
  const notFound = (reference: string): HttpError =>
    new HttpError(404, 'unknown-submission', `There is no submission ${reference} for this organisation.`);
  switch (route.kind) {
    case 'list': {
      const submissions = await service.list(organisation, listQuery(req));
      sendJson(res, 200, { organisation: { id: organisation.id }, submissions });
      return submissions.map((submission) => submission.reference);
    }
    case 'submission': {
      const record = await service.show(organisation, route.reference, ADMIN_PREFIX);
      if (!record) throw notFound(route.reference);
      sendJson(res, 200, record);
      return [route.reference];
    }
    case 'taken-over': {
      const marked = await service.takeOver(organisation, route.reference, identity.tokenName);
      if (!marked) throw notFound(route.reference);
      sendJson(res, 200, { reference: route.reference, ...marked });
      return [route.reference];
    }
    case 'attachment': {
      const file = await service.attachment(organisation, route.reference, route.attachmentId);
      if (!file) throw notFound(`${route.reference} attachment ${route.attachmentId}`);
      if (file === 'erased') throw new HttpError(410, 'erased', 'The files of this submission were deleted after the retention period.');
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(file.bytes.length),
        // RFC 6266: a plain fallback, then the real name in UTF-8.
        'Content-Disposition': `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'Repr-Digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : file.bytes);
      return [route.reference];
    }
    case 'export':
      return exportLines(req, res, parts, identity);
    case 'verify-log': {
      const result = await verifyStoredLog(parts.store);
      sendJson(res, 200, result);
      return [];
    }
    case 'outages':
      sendJson(res, 200, { notices: await parts.notices() });
      return [];
    case 'proof': {
      const bundle = await service.proofBundle(organisation, route.reference, parts.proof);
      if (!bundle) throw notFound(route.reference);
      if (bundle === 'erased')
        throw new HttpError(
          410,
          'erased',
          'The answers and receipt of this submission were deleted after the retention period; its log entries remain (log/verify).',
        );
      if (bundle === 'no-log')
        throw new HttpError(409, 'no-proof-log', 'This receipt was issued before the proof log: there are no log entries to bundle.');
      sendJson(res, 200, bundle, {
        'Content-Disposition': `attachment; filename="proof-${route.reference}.json"`,
        'Cache-Control': 'no-store',
      });
      return [route.reference];
    }
    default:
      throw new HttpError(404, 'not-found', 'There is no such operator endpoint.');
  }
}

/** `GET /api/admin/export`: JSON lines, one back-office record per line, written as they are read. */
async function exportLines(req: IncomingMessage, res: ServerResponse, parts: AdminApiParts, identity: OperatorIdentity): Promise<string[]> {
  const { status } = listQuery(req);
  const references: string[] = [];
  res.writeHead(200, {
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Content-Disposition': `attachment; filename="wmebv-${identity.organisation.id}.jsonl"`,
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return references;
  }
  try {
    for await (const record of parts.service.exportRecords(identity.organisation, status, ADMIN_PREFIX)) {
      references.push(record.reference);
      if (!res.write(`${JSON.stringify(record)}\n`)) await once(res, 'drain');
    }
  } catch (error) {
    // Under way already: no error answer is possible; a cut connection tells the client it is incomplete.
    res.destroy();
    throw error;
  }
  res.end();
  return references;
}

function listQuery(req: IncomingMessage): { status?: SubmissionStatus; limit?: number; offset?: number } {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const status = params.get('status') ?? undefined;
  if (status !== undefined && !STATUSES.has(status as SubmissionStatus)) {
    throw new HttpError(400, 'invalid-query', 'status is new, taken-over or erased.');
  }
  const number = (name: string): number | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    if (!/^\d{1,9}$/.test(raw)) throw new HttpError(400, 'invalid-query', `${name} is a whole number.`);
    return Number(raw);
  };
  return { status: status as SubmissionStatus | undefined, limit: number('limit'), offset: number('offset') };
}
