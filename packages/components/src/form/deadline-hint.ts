import {
  LATE_REASON_MAX_LENGTH,
  describeDeadlineStep,
  formatDate,
  getTranslator,
  isIsoDate,
  objectionDeadline,
  type Deadline,
  type Field,
  type FieldValues,
  type FormDefinition,
} from '@wmebv/core';
import { html, nothing, type TemplateResult } from 'lit';

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

/** Whether the period seems to have passed at `now` (the browser clock: an estimate, never a verdict). */
export function deadlineSeemsPassed(deadline: Deadline | undefined, now: number = Date.now()): boolean {
  return deadline !== undefined && now > Date.parse(deadline.endsAt);
}

export interface DeadlineHintState {
  id: string;
  locale: string;
  lateReason: string;
  onLateReason: (value: string) => void;
}

/**
 * The hint under the date field named by `deadline.fromField`: the estimated last day, what it
 * counts from, that it is an estimate, and how it was worked out. It never blocks anything. When the
 * period seems to have passed it says that the objection can still be sent, and offers an optional
 * question why it is late (Awb 6:11) whose answer travels as the envelope's `lateReason`.
 */
export function renderDeadlineHint(form: FormDefinition, field: Field, values: FieldValues, state: DeadlineHintState): TemplateResult | typeof nothing {
  if (!form.deadline || form.deadline.fromField !== field.id) return nothing;
  const deadline = indicativeDeadline(form, values);
  if (!deadline) return nothing;
  const { locale, id } = state;
  const t = getTranslator(locale);
  const end = formatDate(deadline.end, locale);
  const passed = deadlineSeemsPassed(deadline);
  return html`<div class="wmebv-deadline ${passed ? 'wmebv-deadline--passed' : ''}" id=${id} data-deadline-for=${field.id}>
    <p class="wmebv-deadline__end">${passed ? t('deadline.hintPassed', { end }) : t('deadline.hint', { end })}</p>
    <p class="wmebv-deadline__basis">${t('deadline.hintBasis')}</p>
    ${deadline.calendarComplete ? nothing : html`<p class="wmebv-deadline__uncertain">${t('deadline.hintUncertain')}</p>`}
    <details class="wmebv-deadline__reasoning">
      <summary>${t('deadline.reasoning')}</summary>
      <ul>
        ${deadline.steps.map((step) => html`<li data-rule=${step.rule}>${describeDeadlineStep(step, locale)}</li>`)}
      </ul>
    </details>
    ${passed
      ? html`<wmebv-textarea
          class="wmebv-deadline__late-reason"
          name="${id}-late-reason"
          .label=${t('deadline.lateReasonLabel')}
          .hint=${t('deadline.lateReasonHint')}
          .maxLength=${LATE_REASON_MAX_LENGTH}
          .rows=${4}
          .value=${state.lateReason}
          locale=${locale}
          @input=${(event: Event) => state.onLateReason(String((event.currentTarget as HTMLElement & { value: string }).value ?? ''))}
        ></wmebv-textarea>`
      : nothing}
  </div>`;
}
