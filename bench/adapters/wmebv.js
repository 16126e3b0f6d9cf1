// <wmebv-form>: render, then `reportValidity()` on the empty step (summary, every field's message,
// focus and title, as a submit shows them).
import { renderWmebv } from './_wmebv.js';

export { packageName } from './_wmebv.js';
export const label = '<wmebv-form> (reportValidity)';

export const render = (form, container) => renderWmebv(form, container, (el) => el.reportValidity());
