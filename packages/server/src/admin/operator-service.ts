import { createHash } from 'node:crypto';
import type { OutageNotice, ProofBundle } from '@wmebv/core';
import type { FileStorage } from '../files/file-storage.js';
import { formatReceivedAt } from '../intake/received-at.js';
import type { Organisation } from '../organisations/organisations.js';
import { buildProofBundle, type NoProofBundle, type ProofSigning } from '../proof-log/bundle.js';
import type { SubmissionStatus, SubmissionSummary } from '../store/archive.js';
import type { SubmissionStore } from '../store/submission-store.js';
import { backOfficeRecord, type BackOfficeRecord } from './record.js';

/** At most this many submissions per list page. */
export const MAX_PAGE = 1000;

/** An attachment's bytes with what the back office needs to save it. */
export interface AttachmentDownload {
  name: string;
  type: string;
  sha256: string;
  bytes: Buffer;
}

/**
 * What the operator endpoints and `wmebv-server submissions` both do, always within one
 * organisation: a submission of another organisation's form is "not found", never "forbidden"
 * (a token must not learn which references exist elsewhere).
 */
export class OperatorService {
  constructor(
    private readonly store: SubmissionStore,
    private readonly fileStorage: FileStorage,
    private readonly notices: () => Promise<readonly OutageNotice[]>,
    private readonly now: () => Date,
  ) {}

  list(
    organisation: Organisation,
    query: { status?: SubmissionStatus | undefined; limit?: number; offset?: number } = {},
  ): Promise<SubmissionSummary[]> {
    return this.store.archive.list({
      formIds: organisation.forms,
      status: query.status,
      limit: Math.min(Math.max(query.limit ?? 100, 1), MAX_PAGE),
      offset: Math.max(query.offset ?? 0, 0),
    });
  }

  /** The back-office record, or undefined when the organisation has no such submission. */
  async show(organisation: Organisation, reference: string, hrefBase?: string): Promise<BackOfficeRecord | undefined> {
    const stored = await this.store.archive.read(reference);
    if (!stored || !owns(organisation, stored.formId)) return undefined;
    return backOfficeRecord(stored, organisation, await this.notices(), hrefBase);
  }

  /** Every record of the organisation (with `status`), oldest first, read a page at a time. */
  async *exportRecords(organisation: Organisation, status?: SubmissionStatus, hrefBase?: string): AsyncGenerator<BackOfficeRecord> {
    for (let offset = 0; ; offset += MAX_PAGE) {
      const page = await this.list(organisation, { status, limit: MAX_PAGE, offset });
      for (const summary of page) {
        const record = await this.show(organisation, summary.reference, hrefBase);
        if (record) yield record;
      }
      if (page.length < MAX_PAGE) return;
    }
  }

  /**
   * Marks a submission as taken over by the back office (the first time counts; later calls return
   * it) and records that in the proof log.
   */
  async takeOver(
    organisation: Organisation,
    reference: string,
    tokenName: string,
  ): Promise<{ takenOverAt: string; takenOverBy: string } | undefined> {
    const stored = await this.store.archive.read(reference);
    if (!stored || !owns(organisation, stored.formId)) return undefined;
    if (stored.takenOverAt && stored.takenOverBy) return { takenOverAt: stored.takenOverAt, takenOverBy: stored.takenOverBy };
    const at = formatReceivedAt(this.now());
    const marked = await this.store.archive.markTakenOver(reference, at, tokenName);
    if (marked && marked.takenOverAt === at && marked.takenOverBy === tokenName) {
      await this.store.appendLog('taken-over', reference, { by: tokenName, envelopeDigest: stored.digest }, at);
    }
    return marked;
  }

  /**
   * The proof bundle of a submission (Awb 2:17, 2:20, 6:9; 2:25): envelope, receipt, its proof-log
   * entries and the signed head after them, with the keys. Undefined when the organisation has no
   * such submission.
   */
  async proofBundle(organisation: Organisation, reference: string, signing: ProofSigning): Promise<ProofBundle | NoProofBundle | undefined> {
    const stored = await this.store.archive.read(reference);
    if (!stored || !owns(organisation, stored.formId)) return undefined;
    return buildProofBundle(this.store, stored, signing, this.now());
  }

  /**
   * One attachment's bytes, checked against the SHA-256 computed at receipt.
   *
   * @returns undefined when there is no such submission or attachment; `erased` after retention
   * @throws Error when the stored bytes do not match their digest
   */
  async attachment(organisation: Organisation, reference: string, attachmentId: string): Promise<AttachmentDownload | 'erased' | undefined> {
    const stored = await this.store.archive.read(reference);
    if (!stored || !owns(organisation, stored.formId)) return undefined;
    const file = stored.files.find((candidate) => candidate.id === attachmentId);
    if (!file) return undefined;
    if (stored.erasedAt) return 'erased';
    const bytes = await this.fileStorage.get(file.storageKey);
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
      throw new Error(`Attachment ${attachmentId} of ${reference} does not match the SHA-256 recorded at receipt.`);
    }
    return { name: file.name, type: file.type, sha256: file.sha256, bytes };
  }
}

/** Whether a form is one of the organisation's. */
export function owns(organisation: Organisation, formId: string): boolean {
  return organisation.forms === 'all' || organisation.forms.includes(formId);
}
