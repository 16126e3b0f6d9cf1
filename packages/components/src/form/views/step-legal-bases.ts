import { formatCitation, inputFields, localize, type FormDefinition, type LegalBasis, type Step } from '@wmebv/core';
import { html } from 'lit';
import type { FormContext } from './context.js';

/** Whether `step` shows its questions' legal bases once, at the end of the step (`legalBasisPlacement`). */
export function legalBasisOnStep(form: FormDefinition, step: Step): boolean {
  return (step.legalBasisPlacement ?? form.legalBasisPlacement ?? 'question') === 'step';
}

/**
 * One "Waarom vragen we deze gegevens?" disclosure after the questions of a step, instead of one
 * under each required question (issue 15 item 8): each legal basis once, with the questions shown
 * now that it makes mandatory (Awb 4:4 lid 2), its explanation and a link to the text. One Tab stop,
 * and a name no other disclosure on the step has (WCAG 2.2 SC 2.4.6).
 */
export function renderStepLegalBases(context: FormContext, stepIndex: number, visible: ReadonlySet<string>): unknown {
  const { form, locale, t } = context;
  const prefix = `/steps/${stepIndex}/`;
  const groups = new Map<string, { basis: LegalBasis; labels: string[] }>();
  for (const { field, pointer } of inputFields(form)) {
    if (!pointer.startsWith(prefix) || !field.required || !field.legalBasis || !visible.has(field.id)) continue;
    const key = `${formatCitation(field.legalBasis, 'nl')} ${field.legalBasis.url} ${localize(field.legalBasis.explanation, locale)}`;
    const group = groups.get(key) ?? { basis: field.legalBasis, labels: [] };
    group.labels.push(`"${localize(field.label, locale)}"`);
    groups.set(key, group);
  }
  if (groups.size === 0) return null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return html`<details class="wmebv-legal-basis wmebv-legal-basis--step">
    <summary class="wmebv-legal-basis__summary">${t('form.whyRequiredStep')}</summary>
    <div class="wmebv-legal-basis__text">
      ${[...groups.values()].map(({ basis, labels }) => {
        const citation = formatCitation(basis, locale);
        const explanation = localize(basis.explanation, locale);
        return html`<p>${t('form.legalBasisFor', { citation, questions: list.format(labels) })}</p>
          ${explanation ? html`<p>${explanation}</p>` : null}
          <p>
            <a href=${basis.url} target="_blank" rel="noopener noreferrer"
              >${t('field.legalBasisLink', { citation })} <span class="wmebv-legal-basis__new-tab">${t('field.opensInNewTab')}</span></a
            >
          </p>`;
      })}
    </div>
  </details>`;
}
