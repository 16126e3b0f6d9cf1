/**
 * @wmebv/server: the reference intake endpoint for Wmebv forms. It serves form definitions,
 * validates submissions with @wmebv/core (never trusting the browser), stores them in SQLite and
 * answers with a receipt (Awb 2:17 lid 1).
 */
export { createIntakeHandler, type IntakeHandler, type IntakeOptions } from './handler.js';
export { DefinitionFile, readDefinitionFiles } from './definitions/read-files.js';
export { describeRefusal, type RefusedDefinition } from './definitions/registry.js';
export { consoleLogger, silentLogger, type IntakeLogger, type RequestLogEntry } from './log/logger.js';
export { formatReceivedAt, RECEIPT_TIME_ZONE } from './intake/received-at.js';
export { MAX_JSON_BYTES } from './http/read-json.js';
export { DATABASE_FILE, SQLITE_BUSY_TIMEOUT_MS } from './store/sqlite/open.js';
export { openStore, type StoreLocation } from './store/open-store.js';
export {
  IdempotencyKeyTaken,
  StoreBusy,
  type KeyedSubmission,
  type NewSubmission,
  type StoredFile,
  type SubmissionStore,
} from './store/submission-store.js';
export { MAX_BUSY_WAIT_MS } from './store/busy-retry.js';
export { LocalFolderStorage } from './files/local-folder.js';
export { newStorageKey, type FileStorage, type StoredObject } from './files/file-storage.js';
export { S3Storage, type S3StorageOptions } from './files/s3-storage.js';
export { sweepOrphanFiles, ORPHAN_GRACE_MS } from './files/orphan-sweep.js';
export {
  ReceiptSigner,
  DEVELOPMENT_KEY_FILE,
  generateReceiptKey,
  readPublicKeysFile,
  readReceiptKeyFile,
  type ReceiptPrivateKey,
} from './receipt-keys/signing-key.js';
export { composeReceiptMail, receiptMailAddress, ReceiptMailer, type ReceiptMail, type ReceiptMailOptions } from './mail/receipt-mail.js';
export { OutageSource, OUTAGE_CACHE_MS } from './outage/outage-source.js';
export { DefinitionError } from '@wmebv/core';
export { assertOutsideServedRoot, defaultDataDir, STATE_FOLDER } from './config/data-dir.js';
export { DENIED_NAMES, isServable, serveAllowlist, type ServeAllowlist } from './dev/serve-allowlist.js';
export { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY, securityHeaders, withSecurityHeaders } from './http/security-headers.js';
export { applyOriginPolicy, type AllowedOrigins } from './http/origin-policy.js';
export { ConfigError, readSettings } from './config/read-config.js';
export { VARIABLES, type Settings } from './config/variables.js';
export { DEFAULT_LIMITS, httpServerOptions, resolveLimits, type ServerLimits } from './limits/server-limits.js';
export {
  counterFromLimiter,
  memoryCounters,
  type RateLimitCounter,
  type RateLimitCounterFactory,
  type RateLimitResult,
} from './limits/rate-limit.js';
export { clientAddressResolver } from './limits/client-address.js';
export type { RefusalMinute } from './limits/refusals.js';
// The proof log's types, hashing and verification live in @wmebv/core (so that bundles verify offline).
export { entryHash } from './proof-log/entry.js';
export { signLogHead } from './maintenance.js';
export {
  OrganisationDirectory,
  readOrganisationsFile,
  type Organisation,
  type OperatorToken,
  type OperatorIdentity,
} from './organisations/organisations.js';
export { newAdminToken, tokenHash } from './organisations/tokens.js';
export { applyRetention } from './admin/retention.js';
export { OperatorService } from './admin/operator-service.js';
export { backOfficeRecord, INDICATIVE_NOTE, type BackOfficeRecord, type Indicative } from './admin/record.js';
export type { SubmissionArchive, ArchivedSubmission, SubmissionSummary, SubmissionStatus, ArchiveQuery } from './store/archive.js';
export type { AccessLogEntry } from './log/logger.js';
export { clamdScanner, parseClamdAddress, type ClamdAddress, type ClamdOptions } from './scan/clamd.js';
export {
  SCAN_UNAVAILABLE_RETRY_AFTER_SECONDS,
  type ScanFile,
  type ScannedFile,
  type ScanUnavailablePolicy,
  type ScanVerdict,
} from './scan/scan-file.js';
