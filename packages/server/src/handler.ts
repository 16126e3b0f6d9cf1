import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { FormRegistry } from './definitions/registry.js';
import { HttpError } from './http/http-error.js';
import { sendError, sendJson } from './http/respond.js';
import { isApiPath, matchRoute, requestPath } from './http/route.js';
import { formatReceivedAt } from './intake/received-at.js';
import { receiveSubmission } from './intake/submit.js';
import { describeError } from './log/describe-error.js';
import { consoleLogger, type IntakeLogger } from './log/logger.js';
import { openDatabase } from './store/schema.js';
import { SubmissionStore } from './store/queries.js';

export interface IntakeOptions {
  /** Folder for the SQLite database; created (with its parents) when missing. */
  dataDir: string;
  /** Form definitions, as parsed JSON; several versions of one form may be given, the newest is served. */
  definitions: readonly unknown[];
  /** The server clock (Awb 2:20); injectable for tests. */
  now?: () => Date;
  /** Defaults to one line per request on the console, without personal data. */
  logger?: IntakeLogger;
}

/**
 * A plain Node request handler, mountable in Vite's dev server, @web/test-runner, Express/connect
 * or `http.createServer`. It answers every path under `/api/` and passes anything else to `next`
 * (or answers 404 without one). `close()` closes the database.
 */
export type IntakeHandler = ((req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>) & {
  close(): void;
};

/**
 * Creates the reference intake endpoint (DESIGN.md, "Server"):
 * - `GET /api/forms/:formId`: the newest definition of the form.
 * - `POST /api/forms/:formId/submissions`: validates and stores a submission and answers 201 with
 *   the receipt (Awb 2:17 lid 1), or with every problem at once.
 *
 * Every definition is checked first; an unusable one stops start-up.
 *
 * @throws DefinitionError listing the findings of an unusable definition
 */
export function createIntakeHandler(options: IntakeOptions): IntakeHandler {
  const registry = new FormRegistry(options.definitions);
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? consoleLogger;
  const db = openDatabase(options.dataDir);
  const store = new SubmissionStore(db);
  for (const form of registry.all()) {
    if (store.saveDefinition(form, formatReceivedAt(now())).changedWithoutNewVersion) {
      const { id, version } = form.definition;
      logger.warn(`Form definition "${id}" ${version} changed without a new version number; both texts are kept.`);
    }
  }

  async function respond(req: IncomingMessage, res: ServerResponse, path: string): Promise<string | undefined> {
    const route = matchRoute(path);
    if (route.kind === 'unknown') throw new HttpError(404, 'not-found', 'There is no such endpoint.');
    const form = registry.current(route.formId);
    const method = route.kind === 'form' ? 'GET' : 'POST';
    if (req.method !== method) {
      throw new HttpError(405, 'method-not-allowed', `Use ${method} here.`, { headers: { Allow: method } });
    }
    if (!form) throw new HttpError(404, 'unknown-form', `There is no form "${route.formId}".`);
    if (route.kind === 'form') {
      sendJson(res, 200, form.definition, { 'Cache-Control': 'no-cache' });
      return undefined;
    }
    const { status, receipt } = await receiveSubmission(req, form, store, now);
    sendJson(res, status, receipt);
    return receipt.reference;
  }

  const handler = async (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): Promise<void> => {
    const path = requestPath(req);
    if (!isApiPath(path)) {
      if (next) next();
      else sendError(res, new HttpError(404, 'not-found', 'Not found.'));
      return;
    }
    const started = performance.now();
    let reference: string | undefined;
    try {
      reference = await respond(req, res, path);
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(res, error);
      } else {
        logger.warn(`${req.method ?? '?'} ${path} failed: ${describeError(error)}`);
        sendError(res, new HttpError(500, 'internal-error', 'Something went wrong on the server; please try again.'));
      }
    }
    logger.request({ method: req.method ?? '?', path, status: res.statusCode, durationMs: performance.now() - started, reference });
  };
  return Object.assign(handler, { close: () => db.close() });
}
