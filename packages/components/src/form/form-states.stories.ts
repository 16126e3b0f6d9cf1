import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { dutchPage, storyOf } from '../base/field-controls.examples.js';
import { sampleEnvelope, sampleReceipt } from '../receipt/receipt.examples.js';
import { formStateExamples as examples } from './form-states.examples.js';
import { objectionDefinition, renderForm, type FormArgs } from './form.examples.js';

/** Every story starts without saved answers or a saved receipt, and leaves none behind. */
function clearSession(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('wmebv-form:') || key.startsWith('wmebv-receipt:')) sessionStorage.removeItem(key);
  }
}

/**
 * `wmebv-form` in the states a citizen meets on the way (issue 15): the review step, the receipt
 * step, a late objection and an ongoing outage. Each runs with the axe gate and at 320 px (the
 * preview's viewport and reflow check), like every story. There is no intake server in Storybook
 * (see `Form/Form`); the receipt step is the form reopening on a receipt it saved for the session,
 * as it does after a reload of the receipt page.
 */
const meta = {
  title: 'Form/Form states',
  component: 'wmebv-form',
  decorators: [dutchPage],
  beforeEach: () => {
    clearSession();
    return clearSession;
  },
  parameters: { layout: 'padded' },
  render: renderForm,
  args: examples.ReceiptStep.args,
} satisfies Meta<FormArgs>;

export default meta;
type Story = StoryObj<FormArgs>;

export const ReviewStep: Story = {
  ...storyOf(examples.ReviewStep),
  name: 'Review step',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Naam' }), 'Fatima el Amrani');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Waar gaat uw klacht over?' }), 'Ik werd aan de balie niet geholpen.');
    await userEvent.click(canvas.getByRole('button', { name: 'Naar controleren' }));
    const heading = await canvas.findByRole('heading', { name: /Controleer uw antwoorden/ });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText('Fatima el Amrani')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /^Wijzig.*Naam/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Verstuur' })).toBeVisible();
  },
};

export const ReceiptStep: Story = {
  ...storyOf(examples.ReceiptStep),
  name: 'Receipt step',
  beforeEach: () => {
    const key = `wmebv-receipt:${objectionDefinition.id}@${objectionDefinition.version}`;
    sessionStorage.setItem(key, JSON.stringify({ receipt: sampleReceipt('nl'), envelope: sampleEnvelope('nl') }));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: /^Ontvangen met kenmerk BZW-7KX2-QD4M$/ })).toBeVisible();
    await expect(canvasElement.querySelector('time[datetime="2026-04-28T00:30:00.000+02:00"]')).toHaveTextContent('28 april 2026 om 00:30');
    await expect(canvas.queryByRole('button', { name: 'Verstuur' })).toBeNull();
  },
};

export const LateObjection: Story = {
  ...storyOf(examples.LateObjection),
  name: 'Late objection',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: /Op welke datum is het besluit verstuurd/ });
    const parts = within(group);
    await userEvent.type(parts.getByRole('textbox', { name: 'Dag' }), '2');
    await userEvent.type(parts.getByRole('textbox', { name: 'Maand' }), '1');
    await userEvent.type(parts.getByRole('textbox', { name: 'Jaar' }), '2025');
    const status = await canvas.findByText(/De termijn voor bezwaar is waarschijnlijk voorbij/);
    await expect(status.closest('[role="status"]')).not.toBeNull();
    await expect(await canvas.findByRole('textbox', { name: /^Waarom stuurt u uw bezwaar na de termijn\?/ })).toBeVisible();
  },
};

export const OngoingOutage: Story = {
  ...storyOf(examples.OngoingOutage),
  name: 'Ongoing outage',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const shown = await canvas.findAllByText(/Door een storing kunt u het webformulier nu misschien niet versturen/);
    // Once on screen, once in the visually hidden status region that announces it.
    await expect(shown.find((element) => !element.matches('.wmebv-visually-hidden'))).toBeVisible();
    await expect(shown.find((element) => element.matches('[role="status"]'))).toBeDefined();
    await expect(canvas.getByRole('button', { name: 'Volgende stap' })).toBeEnabled();
  },
};

export const LegalBasesPerStep: Story = {
  ...storyOf(examples.LegalBasesPerStep),
  name: 'Legal bases once per step',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('Waarom vragen we deze gegevens?'));
    await expect(
      await canvas.findByText(/^Verplicht volgens artikel 6:5 lid 1 onder c Awb: "Tegen welk besluit maakt u bezwaar\?"\.$/),
    ).toBeVisible();
    await expect(canvas.queryByText('Waarom vragen we dit?')).toBeNull();
  },
};
