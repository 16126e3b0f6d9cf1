// <wmebv-form>: render, then a click on the step's submit button ("Volgende stap"), the user's path.
import { renderWmebv } from './_wmebv.js';

export { packageName } from './_wmebv.js';
export const label = '<wmebv-form> (submit click)';

export const render = (form, container) =>
  renderWmebv(form, container, (el) => el.querySelector('form.wmebv-form__step button[type="submit"]').click());
