import { localize, type FormDefinition } from '@wmebv/core';
import { html } from 'lit';
import '../../fields/checkbox/checkbox.js';
import type { WmebvAnswerEvent } from '../../events.js';
import type { FormContext } from './context.js';

/** The declarations' state and what to do when one is ticked or unticked. */
export interface DeclarationsState {
  /** Declaration id → ISO 8601 time the sender agreed. */
  agreed: Readonly<Record<string, string>>;
  errorFor: (id: string) => string;
  onChange: (id: string, agreed: boolean) => void;
}

/**
 * The declarations to agree to before sending (e.g. "naar waarheid ingevuld", Awb 6:5), each a
 * `wmebv-checkbox` with the same contract as every field: label beside the box, "(niet verplicht)"
 * when optional, the legal basis on request, `aria-invalid` only while an error is shown (so a
 * required box is not announced as invalid on arrival), its error inline and in the summary.
 * Each carries `data-declaration-id`, by which the error summary links to it.
 */
export function renderDeclarations({ form, locale }: FormContext, state: DeclarationsState): unknown {
  return (form.declarations ?? []).map((declaration) => renderDeclaration(declaration, locale, state));
}

function renderDeclaration(declaration: NonNullable<FormDefinition['declarations']>[number], locale: string, state: DeclarationsState): unknown {
  return html`<wmebv-checkbox
    class="wmebv-declaration"
    data-declaration-id=${declaration.id}
    name=${declaration.id}
    .label=${localize(declaration.label, locale)}
    .required=${declaration.required ?? false}
    .legalBasis=${declaration.legalBasis}
    .error=${state.errorFor(declaration.id)}
    .answer=${Boolean(state.agreed[declaration.id])}
    locale=${locale}
    @wmebv-answer=${(event: WmebvAnswerEvent<boolean>) => state.onChange(declaration.id, event.detail.answer)}
  ></wmebv-checkbox>`;
}
