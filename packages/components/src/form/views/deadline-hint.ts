import {
  LATE_REASON_MAX_LENGTH,
  describeDeadlineStep,
  formatDate,
  getTranslator,
  nlDeadline,
  provideMessages,
  isIsoDate,
  objectionDeadline,
  onTimeUnderNotices,
  formatDateTime,
  dateAt,
  endOfDateInstant,
  type Deadline,
  type Field,
  type FieldValues,
  type FormDefinition,
  type OnTimeResult,
  type OutageNotice,
} from '@wmebv/core';
import { html, nothing, type TemplateResult } from 'lit';
import '../../fields/textarea/textarea.js';
import type { WmebvAnswerEvent } from '../../events.js';
import css from './deadline-hint.css?inline';

provideMessages('nl', { deadline: nlDeadline });

/** The hint's CSS, which the form adopts with this lazy part (lazy-parts.ts), not in its first load. */
export const partStyles: readonly string[] = [css];

/**
 * The indicative deadline of a definition with `deadline: { kind: 'objection', fromField }`, once
 * that date field holds a real date: six weeks from the day after the decision was announced
 * (Awb 6:7, 6:8) with the Algemene termijnenwet applied. Undefined when there is nothing to show.
 */
export function indicativeDeadline(form: FormDefinition, values: FieldValues): Deadline | undefined {
  const from = form.deadline ? values[form.deadline.fromField] : undefined;
  if (typeof from !== 'string' || !isIsoDate(from)) return undefined;
  try {
    return objectionDeadline(from);
  } catch {
    return undefined; // a year the calendar does not cover (before 2014): say nothing rather than guess
  }
}

/**
 * The period at `now` (the browser clock: an estimate, never a verdict) under the same notices and
 * the same function a back office uses (`onTimeUnderNotices`: the decided extension in scope, Awb
 * 2:21 lid 1, and outages, lid 3). Undefined when there is no date yet.
 */
export function indicativeStatus(
  form: FormDefinition,
  values: FieldValues,
  notices: readonly OutageNotice[] = [],
  now: number = Date.now(),
): { deadline: Deadline; result: OnTimeResult } | undefined {
  const deadline = indicativeDeadline(form, values);
  if (!deadline) return undefined;
  return { deadline, result: onTimeUnderNotices(new Date(now), deadline, notices, form.messageType) };
}

/** Whether the period seems to have passed at `now`, extensions and outages counted. */
export function deadlineSeemsPassed(
  form: FormDefinition,
  values: FieldValues,
  notices: readonly OutageNotice[] = [],
  now: number = Date.now(),
): boolean {
  const status = indicativeStatus(form, values, notices, now);
  return status !== undefined && !status.result.onTime;
}

export interface DeadlineHintState {
  id: string;
  locale: string;
  lateReason: string;
  /** The body's outage notices (all of them: resolved ones record the outages that count). */
  notices: readonly OutageNotice[];
  onLateReason: (value: string) => void;
}

/**
 * The hint under the date field named by `deadline.fromField`: the estimated last day, what it
 * counts from, that it is an estimate, and how it was worked out. It never blocks anything. When the
 * period seems to have passed it says that the objection can still be sent, and offers an optional
 * question why it is late (Awb 6:11) whose answer travels as the envelope's `lateReason`.
 *
 * The "probably passed" notice is a status message (WCAG 2.2 SC 4.1.3, issue 15 item 4): it appears
 * while the user answers, so it is said once in a polite live region that is on the page from the
 * start (a region added together with its text is not announced reliably). Its words do not depend
 * on the date, so correcting one late date to another is not announced again; the end date and
 * the late-reason question follow it in the reading order.
 */
export function renderDeadlineHint(
  form: FormDefinition,
  field: Field,
  values: FieldValues,
  state: DeadlineHintState,
): TemplateResult | typeof nothing {
  if (!form.deadline || form.deadline.fromField !== field.id) return nothing;
  const status = indicativeStatus(form, values, state.notices);
  const t = getTranslator(state.locale);
  const passed = status !== undefined && !status.result.onTime;
  // One template whatever the status, so the live region stays the same element (and is heard).
  return html`<div
    class=${status ? `wmebv-deadline${passed ? ' wmebv-deadline--passed' : ''}` : 'wmebv-deadline-pending'}
    id=${state.id}
    data-deadline-for=${field.id}
  >
    <div class="wmebv-deadline__status" role="status">${passed ? html`<p class="wmebv-deadline__end">${t('deadline.hintPassed')}</p>` : nothing}</div>
    ${status ? renderDetails(status, passed, state) : nothing}
  </div>`;
}

/** The end date, what it counts from, how it was worked out, and the late-reason question. */
function renderDetails(
  { deadline, result }: { deadline: Deadline; result: OnTimeResult },
  passed: boolean,
  state: DeadlineHintState,
): TemplateResult {
  const { locale, id } = state;
  const t = getTranslator(locale);
  const extended = Date.parse(result.endsAt) > Date.parse(deadline.endsAt);
  // Steps up to (not including) the verdict: the verdict is about now, the hint about the period.
  const steps = result.steps.slice(0, -1);
  const endText = passed || !extended ? formatDate(deadline.end, locale) : endOf(result.endsAt, locale);
  const headline = passed
    ? t('deadline.hintPassedEnd', { end: endOf(result.endsAt, locale) })
    : extended
      ? t('deadline.hintExtended', { end: endText })
      : t('deadline.hint', { end: endText });
  return html`<p class=${passed ? 'wmebv-deadline__ended' : 'wmebv-deadline__end'}>${headline}</p>
    <p class="wmebv-deadline__basis">${t('deadline.hintBasis')}</p>
    ${deadline.calendarComplete ? nothing : html`<p class="wmebv-deadline__uncertain">${t('deadline.hintUncertain')}</p>`}
    <details class="wmebv-deadline__reasoning">
      <summary>${t('deadline.reasoning')}</summary>
      <ul>
        ${steps.map((step) => html`<li data-rule=${step.rule}>${describeDeadlineStep(step, locale)}</li>`)}
      </ul>
    </details>
    ${
      passed
        ? html`<wmebv-textarea
          class="wmebv-deadline__late-reason"
          name="${id}-late-reason"
          .label=${t('deadline.lateReasonLabel')}
          .hint=${t('deadline.lateReasonHint')}
          .maxLength=${LATE_REASON_MAX_LENGTH}
          .rows=${4}
          .value=${state.lateReason}
          locale=${locale}
          @wmebv-answer=${(event: WmebvAnswerEvent<string>) => state.onLateReason(event.detail.answer)}
        ></wmebv-textarea>`
        : nothing
    }`;
}

/** The last day when a period ends at the end of a day (Europe/Amsterdam), else the moment. */
function endOf(endsAt: string, locale: string): string {
  const day = dateAt(endsAt);
  return Date.parse(endsAt) === Date.parse(endOfDateInstant(day)) ? formatDate(day, locale) : formatDateTime(endsAt, locale);
}
