import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiptPublicKey } from '@wmebv/core';
import type { RefusedDefinition } from './definitions/registry.js';
import type { FileStorage } from './files/file-storage.js';
import type { AllowedOrigins } from './http/origin-policy.js';
import type { RateLimitCounterFactory } from './limits/rate-limit.js';
import type { RefusalMinute } from './limits/refusals.js';
import type { ServerLimits } from './limits/server-limits.js';
import type { IntakeLogger } from './log/logger.js';
import type { ReceiptMailOptions } from './mail/receipt-mail.js';
import type { OrganisationDirectory } from './organisations/organisations.js';
import type { ReceiptPrivateKey } from './receipt-keys/signing-key.js';
import type { RescanOutcome } from './scan/rescan.js';
import type { ScanFile, ScanUnavailablePolicy } from './scan/scan-file.js';

// The intake handler's options and its shape (`createIntakeHandler` in handler.ts).

export interface IntakeOptions {
  /**
   * Folder for the SQLite database and (by default) the attachment files in `files/`; created (with
   * its parents) when missing. Keep it outside any folder a web server serves.
   */
  dataDir: string;
  /**
   * A PostgreSQL connection URL (`postgres://user:pass@host:5432/db`): store there instead of the
   * SQLite file, so that several server processes share one database.
   */
  databaseUrl?: string;
  /** How often (ms) the head of the proof log is signed and stored; default hourly (and at start and close). */
  logHeadIntervalMs?: number;
  /** Where attachment bytes go; defaults to the local folder `<dataDir>/files`. */
  fileStorage?: FileStorage;
  /** Form definitions, as parsed JSON; several versions of one form may be given, the newest is served. */
  definitions: readonly unknown[];
  /** The server clock (Awb 2:20); injectable for tests. */
  now?: () => Date;
  /** Defaults to one line per request on the console, without personal data. */
  logger?: IntakeLogger;
  /**
   * The outage notices document (a file path or an http(s) URL; the same one the outage banner
   * reads). While an `ongoing` notice for the `web-form` channel has started, submissions get 503
   * with the notice (Awb 2:21). Re-read every few seconds; see docs/outages.md.
   */
  outages?: string;
  /**
   * The Ed25519 private key (JWK) that signs receipts. Without it, a development key is made in
   * `<dataDir>/receipt-signing-key.dev.json` on first start and used from then on (with a warning).
   * Every key that ever signed is remembered in the database and stays published.
   */
  receiptSigningKey?: ReceiptPrivateKey;
  /** Public keys of earlier signing keys to publish as well (e.g. from another database). */
  publishedReceiptKeys?: readonly ReceiptPublicKey[];
  /** The receipt e-mail to senders who gave an e-mail address; none when absent. */
  mail?: ReceiptMailOptions;
  /**
   * Other origins whose pages may post to this API (`https://host[:port]`); the API's own origin
   * always may. A POST from any other site is refused with 403 `origin-not-allowed`. Default: none.
   * `'*'` admits every origin: only for tests and local development.
   */
  allowedOrigins?: AllowedOrigins;
  /** Limits on requests, slow bodies and submissions per client (issue 12 item 3); defaults in `DEFAULT_LIMITS`. */
  limits?: Partial<ServerLimits>;
  /**
   * Proxies whose `X-Forwarded-For` is believed for the client address the limits count against:
   * addresses, CIDR ranges, `loopback`, `uniquelocal` (proxy-addr). Default: none.
   */
  trustedProxies?: readonly string[];
  /** Where rate-limit counters live; in memory by default. Share one store when several processes serve. */
  rateLimitCounters?: RateLimitCounterFactory;
  /**
   * The bodies this server receives for, each with its forms, receipt key, operator tokens and
   * retention (`readOrganisationsFile`). Default: one organisation for every form, without tokens
   * (so `/api/admin/` refuses everyone) or retention. Every served form must belong to one.
   */
  organisations?: OrganisationDirectory;
  /**
   * The malware scan hook (BIO), e.g. `clamdScanner({ host, port })`: runs for every attached file
   * before the submission commits. An infected file gets 422 `fileInfected`. Default: no scan.
   */
  scanFile?: ScanFile;
  /** When the scanner is unavailable: `refuse` (503 `scan-unavailable`, the default) or `accept-and-flag`. */
  scanUnavailable?: ScanUnavailablePolicy;
  /**
   * How often (ms) files stored unscanned under accept-and-flag are scanned again with `scanFile`
   * (also once at start); each verdict is recorded (`wmebv-server rescan` does one pass). Default 10 minutes.
   */
  rescanIntervalMs?: number;
}

/**
 * A plain Node request handler, mountable in Vite's dev server, @web/test-runner, Express/connect
 * or `http.createServer`. It answers every path under `/api/` and passes anything else to `next`
 * (or answers 404 without one). `close()` closes the database.
 */
export type IntakeHandler = ((req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>) & {
  /**
   * Resolves when the database is open and migrated and the definitions and signing key are
   * recorded; rejects with the reason when that fails (requests meanwhile wait for it).
   */
  ready: Promise<void>;
  /** From now on `/readyz` answers 503 and every answer closes its connection (before a shutdown). */
  drain(): void;
  /** Closes the database (after `ready` settled). */
  close(): Promise<void>;
  /** The live database connection's durability settings (e.g. SQLite's `synchronous`), for checks. */
  storeDurability(): Promise<Record<string, string | number>>;
  /** Resolves when every receipt e-mail started so far has been handed over (or failed). */
  mailSettled(): Promise<void>;
  /** The definitions refused as unusable (logged at creation), with their findings. */
  readonly refused: readonly RefusedDefinition[];
  /** Refusals (408, 429, 503) per minute over the last day, without personal data (Awb 2:21 lid 3). */
  refusals(): readonly RefusalMinute[];
  /** Applies the organisations' retention periods now (also done hourly); resolves with the references erased. */
  applyRetention(): Promise<string[]>;
  /** Scans the files stored unscanned now (also done at start and every `rescanIntervalMs`); undefined without a scanner. */
  rescan(): Promise<RescanOutcome | undefined>;
};
