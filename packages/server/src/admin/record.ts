import {
  extensionRuns,
  noticePhase,
  objectionDeadline,
  onTimeUnderNotices,
  type FormDefinition,
  type OnTimeResult,
  type OutageNotice,
} from '@wmebv/core';
import type { ArchivedSubmission } from '../store/archive.js';
import type { Organisation } from '../organisations/organisations.js';

/**
 * What the back office gets for one submission (issue 13): what was received, where its files are,
 * and, marked as indicative, whether it was on time. The law decides timeliness, not this server:
 * a body weighs the facts (Awb 6:11, 2:21 lid 3 first sentence) and may know of outages this
 * server was never told of, so the verdict is a starting point, never a decision.
 */
export interface BackOfficeRecord extends Omit<ArchivedSubmission, 'definitionJson' | 'files'> {
  organisation: { id: string; name: string };
  /** `scan`: the malware scan's result per file (null: no scanner was configured when it arrived). */
  attachments: {
    id: string;
    field: string;
    name: string;
    type: string;
    size: number;
    sha256: string;
    scan: 'clean' | 'unavailable' | 'infected' | null;
    href: string;
  }[];
  /**
   * The malware scan of the submission's files in one word: `infected` when a scan found malware in
   * one, else `unscanned` while one is stored unscanned (accept-and-flag; open it only once scanned),
   * else `clean` when every file was scanned clean; `none` without files or without a scanner.
   */
  malwareScan: 'infected' | 'unscanned' | 'clean' | 'none';
  indicative: Indicative;
}

/** The indicative part: computed, never decided. */
export interface Indicative {
  note: string;
  /** Outage notices current at receipt, or carrying an extension that ran on that day (Awb 2:21 lid 1 and 3). */
  noticesInForce: OutageNotice[];
  /** The period and its Atw-computed end, when the definition has a deadline and the answer gives its start. */
  deadline: Pick<OnTimeResult['deadline'], 'start' | 'end' | 'endsAt' | 'atwApplied' | 'calendarComplete' | 'steps'> | null;
  /** `isOnTime` under the notices (Awb 6:9 lid 1, 2:21 lid 1 and lid 3), when there is a deadline. */
  onTime: Pick<OnTimeResult, 'onTime' | 'endsAt' | 'outageMs' | 'outages' | 'steps'> | null;
  /** Why `deadline` is null, when it is. */
  reason?: string;
}

export const INDICATIVE_NOTE =
  'Indicative: computed by the intake server from the definition, the time of receipt (Awb 2:20) and the outage notices it knows. ' +
  'It decides nothing: the body weighs timeliness itself (Awb 6:9, 6:11, 2:21).';

/**
 * The back-office record of a stored submission.
 *
 * @param notices - the outage notices document as it stands now (notices keep their history: a
 *   resolved notice still says when the channel was down)
 * @param hrefBase - where the admin API lives, e.g. `/api/admin`
 */
export function backOfficeRecord(
  stored: ArchivedSubmission,
  organisation: Organisation,
  notices: readonly OutageNotice[],
  hrefBase = '/api/admin',
): BackOfficeRecord {
  const { definitionJson, files, ...rest } = stored;
  const definition = JSON.parse(definitionJson) as FormDefinition;
  return {
    ...rest,
    organisation: { id: organisation.id, name: organisation.name ?? definition.organisation.name },
    attachments: files.map(({ id, field, name, type, size, sha256, scan }) => ({
      id,
      field,
      name,
      type,
      size,
      sha256,
      scan: scan ?? null,
      href: `${hrefBase}/submissions/${encodeURIComponent(stored.reference)}/attachments/${encodeURIComponent(id)}`,
    })),
    malwareScan: files.some((file) => file.scan === 'infected')
      ? 'infected'
      : files.some((file) => file.scan === 'unavailable')
        ? 'unscanned'
        : files.length > 0 && files.every((file) => file.scan === 'clean')
          ? 'clean'
          : 'none',
    indicative: indicative(definition, stored, notices),
  };
}

function indicative(definition: FormDefinition, stored: ArchivedSubmission, notices: readonly OutageNotice[]): Indicative {
  const noticesInForce = notices.filter((notice) => noticePhase(notice, stored.receivedAt) === 'current' || extensionRuns(notice, stored.receivedAt));
  const base = { note: INDICATIVE_NOTE, noticesInForce, deadline: null, onTime: null };
  const spec = definition.deadline;
  if (!spec) return { ...base, reason: 'The form definition has no deadline.' };
  if (!stored.envelope) return { ...base, reason: 'The answers were erased after the retention period.' };
  const from = stored.envelope.values[spec.fromField];
  if (typeof from !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(from))
    return { ...base, reason: `The answer to "${spec.fromField}" gives no date to count from.` };
  try {
    const deadline = objectionDeadline(from);
    const result = onTimeUnderNotices(stored.receivedAt, deadline, notices, definition.messageType);
    const { start, end, endsAt, atwApplied, calendarComplete, steps } = deadline;
    return {
      ...base,
      deadline: { start, end, endsAt, atwApplied, calendarComplete, steps },
      onTime: { onTime: result.onTime, endsAt: result.endsAt, outageMs: result.outageMs, outages: result.outages, steps: result.steps },
    };
  } catch (error) {
    // A date the calendar cannot count (e.g. a year it does not cover): say so, never fail the record.
    return { ...base, reason: `No deadline could be computed from "${spec.fromField}": ${(error as Error).message}` };
  }
}
