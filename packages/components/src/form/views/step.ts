import {
  atLastStep,
  visibleFieldIds,
  localize,
  type Field,
  type FieldValue,
  type FieldValues,
  type FlowPosition,
  type OutageNotice,
} from '@wmebv/core';
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { renderField } from '../render-field.js';
import type { WmebvAnswerEvent } from '../../events.js';
import type { FormContext } from './context.js';
import type * as DeadlineHint from './deadline-hint.js';
import { legalBasisOnStep, renderStepLegalBases } from './step-legal-bases.js';
import { findReveals } from './revealed.js';

/** A step's state and what its controls do. */
export interface StepState {
  position: FlowPosition;
  values: FieldValues;
  files: Readonly<Record<string, readonly File[]>>;
  lateReason: string;
  /** The outage notices the deadline hint counts. */
  notices: readonly OutageNotice[];
  /** The error summary and notices, rendered above the step. */
  problems: unknown;
  errorFor: (id: string) => string;
  onSubmit: (event: SubmitEvent) => void;
  /** A field of the step has a new answer. */
  onAnswer: (event: WmebvAnswerEvent) => void;
  onBack: () => void;
  onLateReason: (value: string) => void;
  /** The deadline hint's part, loaded before the first render of a definition with a `deadline` (lazy-parts.ts). */
  deadline?: typeof DeadlineHint | undefined;
}

/**
 * One step: its numbered heading (focused on arrival), description, the visible questions (a field
 * hidden by `visibleWhen` is not rendered; one revealed by a radio option sits under that option), the deadline hint under the date it counts from, and
 * "Volgende stap" (or "Opslaan en terug" after a change) and "Vorige stap".
 */
export function renderStep(context: FormContext, state: StepState): unknown {
  const { form, locale, t, uid } = context;
  const { position } = state;
  const step = form.steps[position.step]!;
  const visible = visibleFieldIds(form, state.values);
  const basesOnStep = legalBasisOnStep(form, step);
  const nextLabel = position.returnToReview ? t('form.saveAndReturn') : atLastStep(form, position) ? t('form.toReview') : t('form.next');
  const renderFields = (fields: Field[]): unknown => {
    const reveals = findReveals(fields);
    return fields
      .filter((field) => visible.has(field.id) && !reveals.inside.has(field.id))
      .map((field) => {
        const byValue = reveals.byRadio.get(field.id);
        const value = state.values[field.id] as FieldValue | undefined;
        const files = state.files[field.id] ?? NO_FILES;
        const error = state.errorFor(field.id);
        const render = (): unknown =>
          renderField(field, {
            value,
            files,
            error,
            locale,
            renderChildren: renderFields,
            legalBasisOnStep: basesOnStep,
            answerOf: (id) => state.values[id],
            revealed: byValue
              ? Object.fromEntries(
                  [...byValue].map(([value, questions]) => [
                    value,
                    { shown: questions.some((question) => visible.has(question.id)), content: renderFields(questions) },
                  ]),
                )
              : undefined,
          });
        // A question that shows only its own answer, message and words is rendered again only when
        // one of those changed: a validation pass renders the questions whose message changed, a
        // typed answer the one question typed in. A fieldset, a consent (it names another answer)
        // and a radio question that reveals questions depend on more, and render every time.
        const rendered =
          byValue || field.type === 'fieldset' || field.type === 'consent'
            ? render()
            : guard([field, value, files, error, locale, basesOnStep], render);
        const hint = state.deadline?.renderDeadlineHint(form, field, state.values, {
          id: `${uid}-deadline`,
          locale,
          lateReason: state.lateReason,
          notices: state.notices,
          onLateReason: state.onLateReason,
        });
        return hint === undefined || hint === nothing ? rendered : [rendered, hint];
      });
  };
  return html`${state.problems}
    <form
      class="wmebv-form__step"
      novalidate
      aria-labelledby="${uid}-heading"
      @submit=${state.onSubmit}
      @wmebv-answer=${state.onAnswer}
    >
      <h2 class="wmebv-form__step-heading" id="${uid}-heading" tabindex="-1">
        <span class="wmebv-form__caption">${t('form.stepOf', { current: position.step + 1, total: form.steps.length + 1 })}</span>
        ${localize(step.title, locale)}
      </h2>
      ${step.description ? html`<p>${localize(step.description, locale)}</p>` : nothing}
      <p class="wmebv-form__intro">${t('form.intro')}</p>
      ${renderFields(step.fields)}
      ${basesOnStep ? renderStepLegalBases(context, position.step, visible) : nothing}
      <div class="wmebv-form__actions">
        <button type="submit" class="wmebv-button">${nextLabel}</button>
        ${
          position.step > 0 && !position.returnToReview
            ? html`<button type="button" class="wmebv-button wmebv-button--secondary" @click=${state.onBack}>${t('form.back')}</button>`
            : nothing
        }
      </div>
    </form>`;
}

/** No files chosen: one array, so that a question without files keeps its guard's dependencies. */
const NO_FILES: readonly File[] = [];
