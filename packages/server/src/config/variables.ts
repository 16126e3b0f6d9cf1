import * as z from 'zod';
import { DEFAULT_LIMITS } from '../limits/server-limits.js';
import { parseClamdAddress } from '../scan/clamd.js';

/**
 * Every setting of `wmebv-server`, read from the environment (and, where it has one, a command-line
 * flag that wins). One entry per setting: the name, the flag, what it is, its default and its
 * schema. docs/server.md has the same table (a test checks that every name is there).
 */
export interface Variable<T> {
  env: string;
  flag?: string;
  description: string;
  schema: z.ZodType<T>;
  /** Its value is never repeated in an error (it may hold a password). */
  secret?: boolean;
}

// Each schema's errors are plain words, "<what is wrong>; expected <what is>", so that a start
// with a bad value says what to write instead (never zod's own wording, e.g. "received NaN").
function wholeNumber(min: number, max?: number) {
  const expected = `expected ${max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`}`;
  const number = z.coerce
    .number({ error: `is not a number; ${expected}` })
    .int({ error: `is not a whole number; ${expected}` })
    .min(min, { error: `is too small; ${expected}` });
  return max === undefined ? number : number.max(max, { error: `is too large; ${expected}` });
}
const portNumber = wholeNumber(0, 65535);
const positiveInt = wholeNumber(1);
function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `is not one of the choices; expected ${values.map((value) => `\`${value}\``).join(' or ')}` });
}
function text(minLength = 1) {
  return z
    .string()
    .min(minLength, { error: minLength === 1 ? 'is empty; expected some text' : `is too short; expected at least ${minLength} characters` });
}
function url(example: string) {
  return z.url({ error: `is not a URL; expected one such as ${example}` });
}
const list = z.string().transform((text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);
const origin = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text.replace(/\/$/, '');
  } catch {
    return false;
  }
}, 'has an item that is not an origin; expected origins such as https://www.gemeente.nl (scheme, host and port only), separated by commas');

function variable<T>(env: string, description: string, schema: z.ZodType<T>, flag?: string, secret?: 'secret'): Variable<T> {
  return { env, description, schema, flag, ...(secret ? { secret: true } : {}) };
}

export const VARIABLES = {
  port: variable('WMEBV_PORT', 'TCP port to listen on (0: any free port).', portNumber.default(8787), 'port'),
  host: variable('WMEBV_HOST', 'Address to listen on; all addresses when unset.', text().optional(), 'host'),
  dataDir: variable('WMEBV_DATA_DIR', 'Data folder (database, development key, outbox); see "The data folder".', text().optional(), 'data'),
  formsDir: variable('WMEBV_FORMS_DIR', 'Folder whose `*.json` files are the form definitions.', text().default('./forms'), 'forms'),
  signingKeyFile: variable(
    'WMEBV_RECEIPT_SIGNING_KEY_FILE',
    'File with the Ed25519 private JWK that signs receipts; a development key when unset.',
    text().optional(),
    'signing-key',
  ),
  earlierKeysFile: variable(
    'WMEBV_EARLIER_RECEIPT_KEYS_FILE',
    'File with a JWK Set (or array) of the public keys of earlier signing keys, published at `/api/receipt-key` beside the current one.',
    text().optional(),
    'earlier-keys',
  ),
  databaseUrl: variable(
    'DATABASE_URL',
    'PostgreSQL URL (`postgres://user:pass@host:5432/db`): store there instead of the SQLite file in the data folder, so that several processes share one database.',
    z
      .string()
      .regex(/^postgres(ql)?:\/\//i, 'is not a PostgreSQL URL; expected postgres://user:password@host:5432/database')
      .optional(),
    undefined,
    'secret',
  ),
  s3Bucket: variable(
    'WMEBV_S3_BUCKET',
    'Store attachment files in this bucket of an S3-compatible object store instead of `files/` in the data folder (credentials: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`).',
    text(3).optional(),
  ),
  s3Endpoint: variable(
    'WMEBV_S3_ENDPOINT',
    'URL of the S3-compatible store, e.g. `https://minio.example.nl:9000`; AWS when unset.',
    url('https://minio.example.nl:9000').optional(),
  ),
  s3Region: variable('WMEBV_S3_REGION', 'Region for request signing.', text().default('us-east-1')),
  s3Prefix: variable(
    'WMEBV_S3_PREFIX',
    'Prefix for every object key, e.g. `wmebv/`.',
    z
      .string()
      .regex(/^[A-Za-z0-9!_.*'()/-]*$/, "has characters a key prefix cannot have; expected letters, digits and !_.*'()/- only, e.g. wmebv/")
      .default(''),
  ),
  s3PathStyle: variable(
    'WMEBV_S3_PATH_STYLE',
    'Path-style addressing (`endpoint/bucket/key`), which S3-compatible stores expect: `true` or `false`.',
    choice(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  ),
  s3Checksums: variable(
    'WMEBV_S3_CHECKSUMS',
    "`when-required` sends request checksums only where S3 requires them (many S3-compatible stores reject the SDK's CRC32); `when-supported` is the SDK's default.",
    choice(['when-required', 'when-supported']).default('when-required'),
  ),
  organisationsFile: variable(
    'WMEBV_ORGANISATIONS_FILE',
    'JSON file of the organisations this server receives for: name, forms, receipt key, operator tokens (hashed) and retention of each (see "Organisations").',
    text().optional(),
    'organisations',
  ),
  adminTokens: variable(
    'WMEBV_ADMIN_TOKENS',
    'Without an organisations file: comma-separated operator tokens as `NAME:SHA256` (`wmebv-server token NAME` makes one) for `/api/admin/`.',
    list
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}:[0-9a-f]{64}$/,
              'has an item that is not NAME:SHA256; expected NAME:SHA256 with the lower-case hex SHA-256 of the token (wmebv-server token NAME makes one), separated by commas',
            ),
        ),
      )
      .default([]),
  ),
  retentionDays: variable(
    'WMEBV_RETENTION_DAYS',
    'Without an organisations file: days after a submission was taken over that its answers and files are deleted; never when unset.',
    positiveInt.optional(),
  ),
  clamd: variable(
    'WMEBV_CLAMD',
    'ClamAV daemon that scans every attachment before it is stored: `tcp://host:port`, `host:port` or `unix:/path`; no scan when unset.',
    z
      .string()
      .refine((text) => {
        try {
          parseClamdAddress(text);
          return true;
        } catch {
          return false;
        }
      }, 'is not a clamd address; expected tcp://host:port, host:port, unix:/path or an absolute socket path')
      .optional(),
    'clamd',
  ),
  scanUnavailable: variable(
    'WMEBV_SCAN_UNAVAILABLE',
    'When the scanner cannot judge a file: `refuse` (503 with Retry-After) or `accept-and-flag` (stored, marked unscanned, logged).',
    choice(['refuse', 'accept-and-flag']).default('refuse'),
  ),
  rescanIntervalMs: variable(
    'WMEBV_RESCAN_INTERVAL_MS',
    'How often the server scans the files stored unscanned under accept-and-flag, once the scanner answers again (ms); also at start. `wmebv-server rescan` does one pass at once.',
    positiveInt.default(10 * 60 * 1000),
  ),
  scanTimeoutMs: variable(
    'WMEBV_SCAN_TIMEOUT_MS',
    "How long one file's scan may take before it counts as unavailable (ms).",
    positiveInt.default(30_000),
  ),
  outages: variable('WMEBV_OUTAGES', 'Outage notices document, a file or an http(s) URL (docs/outages.md).', text().optional(), 'outages'),
  outboxDir: variable(
    'WMEBV_OUTBOX_DIR',
    'Write receipt e-mails as `.eml` files into this folder instead of sending them.',
    text().optional(),
    'outbox',
  ),
  smtpUrl: variable(
    'SMTP_URL',
    'SMTP server for receipt e-mails, e.g. `smtp://user:pass@host:587`.',
    url('smtp://user:password@mail.example.nl:587').optional(),
    undefined,
    'secret',
  ),
  mailFrom: variable('MAIL_FROM', 'Sender of receipt e-mails, e.g. `Gemeente Voorbeeld <noreply@voorbeeld.nl>`.', text(3).optional()),
  allowedOrigins: variable(
    'WMEBV_ALLOWED_ORIGINS',
    "Comma-separated origins of other sites whose pages may post to the API (the API's own origin always may).",
    list.pipe(z.array(origin)).default([]),
    'allowed-origins',
  ),
  trustedProxies: variable(
    'WMEBV_TRUSTED_PROXIES',
    'Comma-separated proxies (addresses, CIDR ranges, `loopback`, `uniquelocal`) whose `X-Forwarded-For` gives the client address the limits count against.',
    list.default([]),
    'trusted-proxies',
  ),
  headersTimeoutMs: variable(
    'WMEBV_HEADERS_TIMEOUT_MS',
    'Request headers must be complete within this time (ms).',
    positiveInt.default(DEFAULT_LIMITS.headersTimeoutMs),
  ),
  connectionsCheckingIntervalMs: variable(
    'WMEBV_CONNECTIONS_CHECKING_INTERVAL_MS',
    'How often the headers timeout is checked (ms).',
    positiveInt.default(DEFAULT_LIMITS.connectionsCheckingIntervalMs),
  ),
  keepAliveTimeoutMs: variable(
    'WMEBV_KEEP_ALIVE_TIMEOUT_MS',
    'Idle keep-alive connections close after this time (ms).',
    positiveInt.default(DEFAULT_LIMITS.keepAliveTimeoutMs),
  ),
  minBodyBytesPerSecond: variable(
    'WMEBV_MIN_BODY_BYTES_PER_SECOND',
    'A request body must arrive at least this fast (bytes/s), averaged over the body rate window.',
    positiveInt.default(DEFAULT_LIMITS.minBodyBytesPerSecond),
  ),
  bodyRateWindowMs: variable(
    'WMEBV_BODY_RATE_WINDOW_MS',
    'The window the body rate is averaged over (ms).',
    positiveInt.default(DEFAULT_LIMITS.bodyRateWindowMs),
  ),
  maxConcurrentRequests: variable(
    'WMEBV_MAX_CONCURRENT_REQUESTS',
    'Requests handled at once; more get 503 with Retry-After.',
    positiveInt.default(DEFAULT_LIMITS.maxConcurrentRequests),
  ),
  maxUploadBytesInFlight: variable(
    'WMEBV_MAX_UPLOAD_BYTES_IN_FLIGHT',
    'Declared request body bytes received at once; more get 503 with Retry-After.',
    positiveInt.default(DEFAULT_LIMITS.maxUploadBytesInFlight),
  ),
  busyRetryAfterSeconds: variable(
    'WMEBV_BUSY_RETRY_AFTER_SECONDS',
    'Retry-After of a 503 for a full server (s).',
    positiveInt.default(DEFAULT_LIMITS.busyRetryAfterSeconds),
  ),
  submissionsPerClient: variable(
    'WMEBV_SUBMISSIONS_PER_CLIENT',
    'Submissions one client address may send per submission window; more get 429 with Retry-After.',
    positiveInt.default(DEFAULT_LIMITS.submissionsPerClient),
  ),
  submissionWindowMs: variable(
    'WMEBV_SUBMISSION_WINDOW_MS',
    'The window of the per-client submission limit (ms).',
    positiveInt.default(DEFAULT_LIMITS.submissionWindowMs),
  ),
  mailsPerRecipient: variable(
    'WMEBV_MAILS_PER_RECIPIENT',
    'Receipt e-mails to one address per recipient window; more are not sent.',
    positiveInt.default(DEFAULT_LIMITS.mailsPerRecipient),
  ),
  mailRecipientWindowMs: variable(
    'WMEBV_MAIL_RECIPIENT_WINDOW_MS',
    'The window of the per-recipient mail limit (ms).',
    positiveInt.default(DEFAULT_LIMITS.mailRecipientWindowMs),
  ),
  mailsPerClient: variable(
    'WMEBV_MAILS_PER_CLIENT',
    'Receipt e-mails one client address may cause per client window.',
    positiveInt.default(DEFAULT_LIMITS.mailsPerClient),
  ),
  mailClientWindowMs: variable(
    'WMEBV_MAIL_CLIENT_WINDOW_MS',
    'The window of the per-client mail limit (ms).',
    positiveInt.default(DEFAULT_LIMITS.mailClientWindowMs),
  ),
} as const;

export type Settings = { [K in keyof typeof VARIABLES]: z.output<(typeof VARIABLES)[K]['schema']> };
