import type { FormDefinition, Translate } from '@wmebv/core';

/** What every view of the form needs: the definition, the language and the element's id prefix. */
export interface FormContext {
  form: FormDefinition;
  locale: string;
  t: Translate;
  /** Prefix of the ids the form renders (`wmebv-form-N`), unique on the page. */
  uid: string;
}
