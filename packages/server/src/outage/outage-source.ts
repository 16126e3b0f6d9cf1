import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { channelDownNotice, parseOutageNotices, type OutageNotice } from '@wmebv/core';
import { describeError } from '../log/describe-error.js';
import type { IntakeLogger } from '../log/logger.js';

/** How long a read of the notices document is reused before it is read again. */
export const OUTAGE_CACHE_MS = 5_000;
/** How long a fetch of a notices URL may take. */
export const OUTAGE_FETCH_TIMEOUT_MS = 3_000;

/**
 * The outage notices document the body publishes (the same file its banner reads), from a file path
 * or an `http(s)` URL. A file is read again as soon as it changes (size or modification time), so
 * editing it (or `wmebv outage`) takes effect at once without a restart; a URL is fetched at most
 * every `OUTAGE_CACHE_MS`. When a read fails (file being written, status page
 * down), the last good document stays in use and the failure is logged once; before any good read
 * there are no notices, so a broken feed never takes the intake down.
 */
export class OutageSource {
  private notices: OutageNotice[] = [];
  private readAt = -Infinity;
  private reading?: Promise<void>;
  private failing = false;
  private fileVersion?: string;
  /** SHA-256 of the last document text passed to `onChange`. */
  private seenDigest?: string;

  constructor(
    readonly location: string,
    private readonly logger: IntakeLogger,
    private readonly cacheMs = OUTAGE_CACHE_MS,
    /**
     * Told each time a read finds a document other than the one read before (for the proof log),
     * with when the document says it was last changed: the file's modification time, or a URL's
     * `Last-Modified` header (undefined when it sends none). That is the file system's or web
     * server's word, not proof; the read itself is the moment the server saw the change.
     */
    private readonly onChange?: (notices: OutageNotice[], documentDigest: string, modifiedAt: Date | undefined) => Promise<void>,
  ) {}

  /** The current notices: a file is read again when it changed, a URL at most every `cacheMs`. */
  async current(): Promise<OutageNotice[]> {
    if (!isUrl(this.location)) {
      const version = await stat(this.location).then(
        (info) => `${info.mtimeMs}:${info.size}`,
        () => 'missing',
      );
      if (version !== this.fileVersion) {
        this.reading ??= this.read().finally(() => {
          this.reading = undefined;
        });
        await this.reading;
        this.fileVersion = version;
      }
      return this.notices;
    }
    if (performance.now() - this.readAt >= this.cacheMs) {
      this.reading ??= this.read().finally(() => {
        this.reading = undefined;
        this.readAt = performance.now();
      });
      await this.reading;
    }
    return this.notices;
  }

  /** The ongoing notice that takes the web-form channel down at `now`, if any. */
  async webFormDown(now: Date): Promise<OutageNotice | undefined> {
    return channelDownNotice(await this.current(), 'web-form', now);
  }

  private async read(): Promise<void> {
    try {
      const { text, modifiedAt } = isUrl(this.location) ? await fetchText(this.location) : await readWithTime(this.location);
      const parsed = parseOutageNotices(text);
      if (!parsed.ok) throw new UnusableNotices(describeProblems(parsed.problems));
      this.notices = parsed.document.notices;
      const digest = createHash('sha256').update(text).digest('hex');
      if (digest !== this.seenDigest && this.onChange) {
        await this.onChange(this.notices, digest, modifiedAt);
        this.seenDigest = digest;
      }
      if (this.failing) this.logger.warn(`Outage notices (${this.location}) readable again.`);
      this.failing = false;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.notices = []; // no file: no outage
        return;
      }
      if (!this.failing) {
        const kept = this.notices.length === 0 ? 'no notices in use until it is fixed' : `keeping the ${this.notices.length} read before`;
        this.logger.warn(`Outage notices ${isUrl(this.location) ? 'URL' : 'file'} ${this.location} is unusable: ${whatIsWrong(error)}; ${kept}.`);
      }
      this.failing = true;
    }
  }
}

/** The notices document was read but is not a valid one; its message names only the operator's own document's problems. */
class UnusableNotices extends Error {}

/** At most this many problems are named in the one log line. */
const PROBLEMS_LOGGED = 3;

function describeProblems(problems: readonly { pointer: string; message: string }[]): string {
  const named = problems.slice(0, PROBLEMS_LOGGED).map((p) => `at ${p.pointer || '/'}: ${p.message.replace(/\s+/g, ' ')}`);
  const more = problems.length > PROBLEMS_LOGGED ? ` (and ${problems.length - PROBLEMS_LOGGED} more)` : '';
  return `not an outage notices document (docs/outages.md), ${named.join('; ')}${more}`;
}

/**
 * One line saying what is wrong (issue 12 item 9): the document's own problems, a read error's code
 * in words, or the error's name. Never a stack, never a message that could quote other content.
 */
function whatIsWrong(error: unknown): string {
  if (error instanceof UnusableNotices) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${OUTAGE_FETCH_TIMEOUT_MS} ms`;
  const causeCode = (error as { cause?: { code?: unknown } }).cause?.code;
  if (typeof causeCode === 'string') return `could not fetch it (${causeCode})`;
  if (error instanceof Error && /^HTTP \d{3}$/.test(error.message)) return `the server answered ${error.message}`;
  return describeError(error).split('\n')[0]!;
}

function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** The document's text and when it says it was changed (`Last-Modified`, when sent and valid). */
async function fetchText(url: string): Promise<{ text: string; modifiedAt: Date | undefined }> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(OUTAGE_FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const lastModified = Date.parse(response.headers.get('last-modified') ?? '');
  return { text: await response.text(), modifiedAt: Number.isNaN(lastModified) ? undefined : new Date(lastModified) };
}

/** The file's text and its modification time. */
async function readWithTime(file: string): Promise<{ text: string; modifiedAt: Date | undefined }> {
  const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
  return { text, modifiedAt: info.mtime };
}
