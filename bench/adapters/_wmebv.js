// Shared by the two wmebv columns: <wmebv-form> given the workload as a definition (one step with
// every field), rendered through the element's own ready signal. The columns differ only in how a
// validation pass starts: `reportValidity()` (as a native form has) or a click on the step's
// submit button (what a user does; the click itself costs the browser time no library can remove).
import '@wmebv/components'; // defines every element (docs/getting-started.md)
import { toDefinition } from '../lib/definition.mjs';

export const packageName = '@wmebv/components';

export function renderWmebv(form, container, startValidation) {
  const el = document.createElement('wmebv-form');
  el.definition = toDefinition(form);
  container.replaceChildren(el);
  const fieldElements = () => el.querySelectorAll('form.wmebv-form__step [data-field-id]');
  // `ready` rejects when the definition is refused; that fails the sample with the findings.
  return el.ready.then(() => ({
    fields: fieldElements,
    validate: async () => {
      startValidation(el);
      await el.updateComplete; // the form and every element in it have rendered the errors
      let inError = 0;
      for (const f of fieldElements()) if (f.error) inError++;
      const summaryLinks = el.querySelectorAll('wmebv-error-summary li a').length;
      // a summary that disagrees with the fields is a failure, not a pass
      return summaryLinks === inError ? inError : -summaryLinks;
    },
    errorsShown: () => el.querySelectorAll('form.wmebv-form__step [data-field-id] .wmebv-error-message').length,
  }));
}
