/**
 * Logging without personal data (AVG art. 5 lid 1 sub c, data minimisation): a request is logged
 * as its method, path, status, duration and receipt reference, never its body, query string,
 * headers or the answers in it.
 */

/** One handled request, as the only thing the intake endpoint logs about it. */
export interface RequestLogEntry {
  method: string;
  /** The URL path without the query string (which could carry personal data). */
  path: string;
  status: number;
  /** Time from the request reaching the handler to the response being written, in milliseconds. */
  durationMs: number;
  /** The receipt reference, when a submission was stored (or replayed). */
  reference?: string;
}

/**
 * One use of the operator endpoints (`/api/admin/`): who (the token's name, never the token), for
 * which organisation, what, and the references it concerned; never answers.
 */
export interface AccessLogEntry {
  /** The token's configured name; null when no valid token was given. */
  token: string | null;
  organisation: string | null;
  /** The endpoint: `list`, `submission`, `attachment`, `export`, `taken-over`, …, or `refused`. */
  action: string;
  references: string[];
}

/** Where the intake endpoint reports; inject your own to route lines to your log system. */
export interface IntakeLogger {
  request(entry: RequestLogEntry): void;
  /** Access to the operator endpoints (a logger without it logs only the request line). */
  access?(entry: AccessLogEntry): void;
  /** A problem for the operator (a failure, a changed definition); never contains request content. */
  warn(message: string): void;
}

/** One line per request on stdout, problems on stderr. */
export const consoleLogger: IntakeLogger = {
  request({ method, path, status, durationMs, reference }) {
    console.log(`${method} ${path} ${status} ${durationMs.toFixed(0)} ms${reference ? ` ${reference}` : ''}`);
  },
  warn(message) {
    console.warn(`[wmebv-server] ${message}`);
  },
  access({ token, organisation, action, references }) {
    console.log(
      `admin ${action} token=${token ?? '-'} organisation=${organisation ?? '-'}${references.length > 0 ? ` ${references.join(',')}` : ''}`,
    );
  },
};

/** Logs nothing: for tests and embedders that log elsewhere. */
export const silentLogger: IntakeLogger = {
  request() {},
  warn() {},
};
