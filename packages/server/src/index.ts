/**
 * @wmebv/server: the reference intake endpoint for Wmebv forms. It serves form definitions,
 * validates submissions with @wmebv/core (never trusting the browser), stores them in SQLite and
 * answers with a receipt (Awb 2:17 lid 1).
 */
export { createIntakeHandler, type IntakeHandler, type IntakeOptions } from './handler.js';
export { readDefinitionFiles } from './definitions/read-files.js';
export { consoleLogger, silentLogger, type IntakeLogger, type RequestLogEntry } from './log/logger.js';
export { formatReceivedAt, RECEIPT_TIME_ZONE } from './intake/received-at.js';
export { MAX_JSON_BYTES } from './http/read-json.js';
export { DATABASE_FILE } from './store/schema.js';
export { DefinitionError } from '@wmebv/core';
