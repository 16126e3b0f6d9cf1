import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeRefusal, FormRegistry } from './definitions/registry.js';
import { HttpError } from './http/http-error.js';
import { applyOriginPolicy } from './http/origin-policy.js';
import { sendError, sendJson } from './http/respond.js';
import { answerHealth, HEALTH_PATHS } from './http/health.js';
import { securityHeaders } from './http/security-headers.js';
import { drainAfterAnswer } from './http/drain.js';
import { RequestGuards } from './limits/request-guards.js';
import { resolveLimits } from './limits/server-limits.js';
import { isApiPath, matchRoute, requestPath } from './http/route.js';
import { formatReceivedAt } from './intake/received-at.js';
import { receiveSubmission } from './intake/submit.js';
import { postgresCounters } from './limits/postgres-counters.js';
import { OutageSource } from './outage/outage-source.js';
import { ReceiptMailer, receiptMailAddress } from './mail/receipt-mail.js';
import { developmentKey, DEVELOPMENT_KEY_FILE, ReceiptSigner } from './receipt-keys/signing-key.js';
import type { ReceiptPublicKey } from '@wmebv/core';
import { describeError } from './log/describe-error.js';
import { consoleLogger } from './log/logger.js';
import { openStore } from './store/open-store.js';
import { StoreBusy, type SubmissionStore } from './store/submission-store.js';
import { LocalFolderStorage } from './files/local-folder.js';
import { startMaintenance } from './maintenance.js';
import { OrganisationDirectory } from './organisations/organisations.js';
import { organisationSigners } from './organisations/signers.js';
import { isAdminPath } from './admin/admin-routes.js';
import { answerAdmin } from './admin/admin-api.js';
import { OperatorService } from './admin/operator-service.js';
import { applyRetention } from './admin/retention.js';
import { rescanFlaggedFiles, type RescanOutcome } from './scan/rescan.js';

import type { IntakeHandler, IntakeOptions } from './handler-options.js';

export type { IntakeHandler, IntakeOptions };

/** GET, or HEAD, which Node answers with the same headers and no body (RFC 9110 section 9.3.2). */
const isGet = (req: IncomingMessage): boolean => req.method === 'GET' || req.method === 'HEAD';

/**
 * Creates the reference intake endpoint (docs/design.md, "Server"):
 * - `GET /api/forms/:formId`: the newest definition of the form.
 * - `POST /api/forms/:formId/submissions`: validates and stores a submission and answers 201 with
 *   the signed receipt (Awb 2:17 lid 1), or with every problem at once.
 * - `GET /api/receipt-key`: the JWK Set of every key that ever signed a receipt.
 *
 * Every definition is checked first. An unusable one is refused on its own: logged with its source
 * (file name) and every finding, its form id answered with 503 `form-unavailable`; the good forms
 * are served. `handler.refused` lists the refusals.
 */
export function createIntakeHandler(options: IntakeOptions): IntakeHandler {
  const registry = new FormRegistry(options.definitions);
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? consoleLogger;
  for (const refusal of registry.refused) logger.warn(describeRefusal(refusal));
  // Every change of the notices the server reads goes into the proof log (issue 13): which notices,
  // in which state, and the document's digest; the notices' texts are public, but ids suffice.
  const outages = options.outages
    ? new OutageSource(options.outages, logger, undefined, async (notices, documentDigest, modifiedAt) => {
        const states = notices.map((notice) => ({ id: notice.id, status: notice.status }));
        await (
          await ready
        ).store
          .appendLog(
            'outage-notices',
            null,
            { documentDigest, notices: states, ...(modifiedAt && { documentModifiedAt: formatReceivedAt(modifiedAt) }) },
            formatReceivedAt(now()),
          )
          .catch((error: unknown) => logger.warn(`The outage-notices change was not added to the proof log: ${describeError(error)}`));
      })
    : undefined;
  let signingKey = options.receiptSigningKey;
  if (!signingKey) {
    const dev = developmentKey(options.dataDir);
    signingKey = dev.key;
    logger.warn(
      `No receipt signing key configured: receipts are signed with the development key in ${DEVELOPMENT_KEY_FILE}` +
        `${dev.created ? ' (made now)' : ''}. Configure a key for production.`,
    );
  }
  // The key is checked now (a wrong one stops start-up); naming it (its thumbprint) is Web Crypto, so async.
  const signerReady = ReceiptSigner.create(signingKey);
  const organisations = options.organisations ?? OrganisationDirectory.single();
  const unassigned = organisations.unassigned(registry.all().map((form) => form.definition.id));
  if (unassigned.length > 0) throw new Error(`These forms belong to no organisation (configure each in one): ${[...new Set(unassigned)].join(', ')}`);
  const signersReady = organisationSigners(organisations, signerReady);
  const fileStorage = options.fileStorage ?? new LocalFolderStorage(join(options.dataDir, 'files'));
  const mailer = options.mail && (options.mail.smtpUrl || options.mail.outboxDir) ? new ReceiptMailer(options.mail) : undefined;
  const pendingMail = new Set<Promise<unknown>>();
  const allowedOrigins = options.allowedOrigins ?? [];
  const scan = options.scanFile && {
    scanFile: options.scanFile,
    unavailable: options.scanUnavailable ?? 'refuse',
    warn: (message: string) => logger.warn(message),
  };
  // Several processes on one PostgreSQL database count together (docs/server.md, "Limits").
  const sharedCounters = !options.rateLimitCounters && options.databaseUrl ? postgresCounters(options.databaseUrl) : undefined;
  const guards = new RequestGuards(
    resolveLimits(options.limits),
    options.trustedProxies ?? [],
    options.rateLimitCounters ?? sharedCounters?.counters,
  );
  const apiHeaders = Object.entries(securityHeaders());
  const opening = openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  const ready = Promise.all([opening, signerReady, signersReady]).then(async ([store, signer, signers]) => {
    for (const key of [signer, ...signers.values()]) await store.saveReceiptKey(key.publicKey, formatReceivedAt(now()));
    for (const form of registry.all()) {
      if ((await store.saveDefinition(form, formatReceivedAt(now()))).changedWithoutNewVersion) {
        const { id, version } = form.definition;
        logger.warn(`Form definition "${id}" ${version} changed without a new version number; both texts are kept.`);
      }
    }
    const notices = async () => (outages ? outages.current() : []);
    return { store, signer, signers, notices, operator: new OperatorService(store, fileStorage, notices, now) };
  });
  // A failed start shows in `ready` and in every request's 500, not as an unhandled rejection.
  ready.catch(() => undefined);
  const retention = async (): Promise<string[]> =>
    applyRetention((await ready).store, fileStorage, organisations, now(), options.mail?.smtpUrl ? undefined : options.mail?.outboxDir); // outbox e-mails hold the sender's address
  const rescan = async (): Promise<RescanOutcome | undefined> =>
    scan && rescanFlaggedFiles((await ready).store.archive, fileStorage, scan.scanFile, scan.warn);
  const maintenance = startMaintenance({
    ready,
    fileStorage,
    now,
    logger,
    logHeadIntervalMs: options.logHeadIntervalMs,
    retention,
    rescan,
    rescanIntervalMs: options.rescanIntervalMs,
  });

  async function respond(req: IncomingMessage, res: ServerResponse, path: string): Promise<string | undefined> {
    const { store, signer, signers, notices, operator } = await ready;
    if (isAdminPath(path)) {
      const proof = { signer, keys: async () => (await receiptKeySet(store, signer, signers)).keys }; // for proof bundles
      await answerAdmin(req, res, path, { service: operator, organisations, store, notices, now, logger, proof });
      return undefined;
    }
    const route = matchRoute(path);
    if (route.kind === 'unknown') throw new HttpError(404, 'not-found', 'There is no such endpoint.');
    if (route.kind === 'refusals') {
      if (!isGet(req)) throw new HttpError(405, 'method-not-allowed', 'Use GET here.', { headers: { Allow: 'GET, HEAD' } });
      sendJson(res, 200, { minutes: guards.refusals.minutes() });
      return undefined;
    }
    if (route.kind === 'receipt-key') {
      if (!isGet(req)) throw new HttpError(405, 'method-not-allowed', 'Use GET here.', { headers: { Allow: 'GET, HEAD' } });
      sendJson(res, 200, await receiptKeySet(store, signer, signers), {
        'Content-Type': 'application/jwk-set+json; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      return undefined;
    }
    if (route.kind === 'log-head') {
      if (!isGet(req)) throw new HttpError(405, 'method-not-allowed', 'Use GET here.', { headers: { Allow: 'GET, HEAD' } });
      // Published so that anyone can keep a copy: the chain up to it can then not be shortened or
      // rewritten unseen (docs/server.md, "Proof log"). Ids and hashes only, nothing personal.
      const head = await store.latestLogHead();
      if (!head) throw new HttpError(404, 'no-log-head', 'No head of the proof log has been signed yet.');
      sendJson(res, 200, head, { 'Cache-Control': 'no-cache' });
      return undefined;
    }
    const form = registry.current(route.formId);
    const method = route.kind === 'form' ? 'GET' : 'POST';
    if (method === 'GET' ? !isGet(req) : req.method !== method) {
      throw new HttpError(405, 'method-not-allowed', `Use ${method} here.`, { headers: { Allow: method === 'GET' ? 'GET, HEAD' : method } });
    }
    if (!form && registry.refusedForm(route.formId)) {
      // The operator knows why (logged at start); the public gets no paths or findings.
      throw new HttpError(503, 'form-unavailable', `The definition of form "${route.formId}" is not usable; the operator has been told.`, {
        headers: { 'Retry-After': '3600' },
      });
    }
    if (!form) throw new HttpError(404, 'unknown-form', `There is no form "${route.formId}".`);
    if (route.kind === 'form') {
      sendJson(res, 200, form.definition, { 'Cache-Control': 'no-cache' });
      return undefined;
    }
    const down = await outages?.webFormDown(now());
    if (down) {
      throw new HttpError(503, 'channel-unavailable', 'The web form channel is down: see the outage notice.', {
        body: { notice: down },
        headers: { 'Retry-After': '300', Connection: 'close' },
      });
    }
    await guards.countSubmission(req);
    const organisation = organisations.forForm(form.definition.id)!;
    const { status, receipt, envelope } = await receiveSubmission(
      req,
      form,
      store,
      now,
      signers.get(organisation.id)!,
      fileStorage,
      organisation.name,
      scan,
    );
    sendJson(res, status, receipt);
    if (mailer && status === 201 && envelope) {
      // After answering: a slow or failing mail server never delays or fails the receipt.
      const to = receiptMailAddress(form.definition, envelope);
      const client = guards.clientAddress(req);
      const sending = (async () => {
        if (!to) return;
        if (!(await guards.mail.allow(to, client))) {
          logger.warn(`Receipt e-mail for ${receipt.reference} not sent: the receipt e-mail limit was reached (the receipt on screen was issued).`);
          return;
        }
        await mailer.send(form.definition, envelope, receipt);
        await store.appendLog('receipt-mail', receipt.reference, { envelopeDigest: receipt.digest.value }, formatReceivedAt(now()));
      })()
        .catch((error: unknown) => logger.warn(`Receipt e-mail for ${receipt.reference} failed: ${describeError(error)}`))
        .finally(() => pendingMail.delete(sending));
      pendingMail.add(sending);
    }
    return receipt.reference;
  }

  /** Configured, remembered and current keys, once per kid. */
  async function receiptKeySet(
    store: SubmissionStore,
    signer: ReceiptSigner,
    signers: Map<string, ReceiptSigner>,
  ): Promise<{ keys: ReceiptPublicKey[] }> {
    const keys = new Map<string, ReceiptPublicKey>();
    for (const key of [
      ...(options.publishedReceiptKeys ?? []),
      ...(await store.receiptKeys()),
      signer.publicKey,
      ...[...signers.values()].map((s) => s.publicKey),
    ]) {
      if (!keys.has(key.kid)) keys.set(key.kid, { kty: 'OKP', crv: 'Ed25519', x: key.x, kid: key.kid, alg: 'EdDSA', use: 'sig' });
    }
    return { keys: [...keys.values()] };
  }

  let draining = false;
  const handler = async (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): Promise<void> => {
    const path = requestPath(req);
    // Standalone (no host server to pass to), every answer is ours and carries the headers.
    if (!next) for (const [name, value] of apiHeaders) res.setHeader(name, value);
    if (draining) res.setHeader('Connection', 'close');
    if (HEALTH_PATHS.has(path)) {
      await answerHealth(res, path, async () => {
        if (draining) return 'draining';
        // Resolves once migrated; then one real round trip to the database.
        await (await ready).store.durability();
        return undefined;
      });
      return;
    }
    if (!isApiPath(path)) {
      if (next) next();
      else sendError(res, new HttpError(404, 'not-found', 'Not found.'));
      return;
    }
    const started = performance.now();
    let reference: string | undefined;
    if (next) for (const [name, value] of apiHeaders) res.setHeader(name, value);
    try {
      guards.admit(req, res);
      if (!applyOriginPolicy(req, res, allowedOrigins)) reference = await respond(req, res, path);
    } catch (error) {
      if (error instanceof HttpError) {
        guards.refused(error);
        sendError(res, error);
        drainAfterAnswer(req);
      } else if (error instanceof StoreBusy) {
        // Locked by another process for the whole bounded wait: a retry soon will likely succeed.
        const busy = new HttpError(503, 'storage-busy', 'The server is busy; please try again shortly.', { headers: { 'Retry-After': '2' } });
        guards.refused(busy);
        sendError(res, busy);
      } else {
        logger.warn(`${req.method ?? '?'} ${path} failed: ${describeError(error)}`);
        sendError(res, new HttpError(500, 'internal-error', 'Something went wrong on the server; please try again.'));
      }
    }
    logger.request({ method: req.method ?? '?', path, status: res.statusCode, durationMs: performance.now() - started, reference });
  };
  return Object.assign(handler, {
    ready: ready.then(() => undefined),
    drain: () => {
      draining = true;
    },
    close: async () => {
      await maintenance.stop();
      mailer?.close();
      await sharedCounters?.close();
      const store = await opening.catch(() => undefined);
      await store?.close();
    },
    storeDurability: async () => (await ready).store.durability(),
    refused: registry.refused,
    /** Resolves when every receipt e-mail started so far has been handed over (or failed). */
    refusals: () => guards.refusals.minutes(),
    applyRetention: retention,
    rescan,
    mailSettled: async () => {
      await Promise.all([...pendingMail]);
    },
  });
}
