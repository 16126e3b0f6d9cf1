/**
 * The objection demo form's later steps as a keyboard user answers them, for the end-to-end tests
 * that need a filled-in objection but test something else (progress, reflow).
 */
import type { WmebvForm } from '@wmebv/components';
import { choose, press, text, type, until } from './user.js';

/** "Volgende stap" (or "Naar controleren"), then waits for the step whose heading includes `heading`. */
export async function nextStep(form: WmebvForm, heading: string): Promise<void> {
  await press(form, /Volgende stap|Naar controleren/);
  await until(() => text(form.querySelector('.wmebv-form__step-heading')).includes(heading), `step "${heading}"`);
}

/**
 * "Uw bezwaar" (the grounds, `grounds`) and "Uw gegevens" (a Dutch address), ending on the review;
 * `onDetails` runs on the filled-in "Uw gegevens" step before moving on.
 */
export async function answerObjectionAndDetails(
  form: WmebvForm,
  grounds = 'De dakkapel past in het straatbeeld.',
  onDetails = async (): Promise<void> => {},
): Promise<void> {
  await nextStep(form, 'Uw bezwaar');
  await type(form, 'gronden', grounds);
  await choose(form, 'horen', 'nee');
  await nextStep(form, 'Uw gegevens');
  await type(form, 'naam', 'Jan Jansen');
  await choose(form, 'woonland', 'nl');
  await until(() => form.querySelector('[data-field-id="postcode"]'), 'the postcode field');
  await type(form, 'straatHuisnummer', 'Dorpsstraat 1');
  await type(form, 'postcode', '1234ab');
  await type(form, 'woonplaats', 'Voorbeeld');
  await onDetails();
  await nextStep(form, 'Controleer uw antwoorden');
}
