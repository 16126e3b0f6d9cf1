import '@wmebv/components';
import type { OutageNotices } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { dutchPage } from '../base/field-controls.examples.js';
import { sampleEnvelope, sampleReceipt } from '../receipt/receipt.examples.js';
import { complaintJson, objectionDefinition, objectionJson, UNREACHABLE_ACTION } from './form.examples.js';

interface StateArgs {
  definition: unknown;
  action: string;
  /** URL of the outage notices (`outages` attribute). */
  outages?: string;
}

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
  render: (args) => html`<wmebv-form .definition=${args.definition} action=${args.action} outages=${ifDefined(args.outages)}></wmebv-form>`,
  args: { definition: objectionJson, action: UNREACHABLE_ACTION },
} satisfies Meta<StateArgs>;

export default meta;
type Story = StoryObj<StateArgs>;

/**
 * "Controleer uw antwoorden": every answer with a "Wijzig" button named after its question, then the
 * declaration with the same field contract as every other field (not announced as invalid on arrival).
 */
export const ReviewStep: Story = {
  name: 'Review step',
  args: { definition: complaintJson, action: 'https://intake.voorbeeld.invalid/api/forms/klacht/submissions' },
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

/**
 * The receipt step (Awb 4:3a, 2:17 lid 2): the reference in the heading, the time of receipt, what
 * happens next and the copy first; the checksum and signature behind "Controleer dit bewijs".
 */
export const ReceiptStep: Story = {
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

/**
 * A late objection (Awb 6:7, 6:11): a decision sent long ago. The notice that the period has probably
 * passed is said once in a polite status region, and the question why it is late follows it.
 */
export const LateObjection: Story = {
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

/** An outage that started an hour ago and has no end yet: the form's own channel, now. */
function ongoingOutage(): string {
  const notices: OutageNotices = {
    notices: [
      {
        id: 'storing-nu',
        channels: ['web-form'],
        status: 'ongoing',
        start: new Date(Date.now() - 3_600_000).toISOString(),
        message: {
          nl: 'Door een storing kunt u het webformulier nu misschien niet versturen. Wij werken aan een oplossing.',
          en: 'Because of an outage you may not be able to send the web form now. We are working on a fix.',
        },
        alternatives: [{ kind: 'phone', value: '14 0999' }],
      },
    ],
  };
  return `data:application/json,${encodeURIComponent(JSON.stringify(notices))}`;
}

/**
 * An ongoing outage (Awb 2:21 lid 2): the banner above the form names it and the other routes, and
 * announces itself once without taking focus; the form stays usable.
 */
export const OngoingOutage: Story = {
  name: 'Ongoing outage',
  args: { outages: ongoingOutage() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const shown = await canvas.findAllByText(/Door een storing kunt u het webformulier nu misschien niet versturen/);
    // Once on screen, once in the visually hidden status region that announces it.
    await expect(shown.find((element) => !element.matches('.wmebv-visually-hidden'))).toBeVisible();
    await expect(shown.find((element) => element.matches('[role="status"]'))).toBeDefined();
    await expect(canvas.getByRole('button', { name: 'Volgende stap' })).toBeEnabled();
  },
};

/**
 * The legal bases once per step (`legalBasisPlacement: "step"`, issue 15 item 8): one "Waarom vragen
 * we deze gegevens?" after the questions instead of a disclosure under each required question.
 */
export const LegalBasesPerStep: Story = {
  name: 'Legal bases once per step',
  args: { definition: { ...(objectionJson as Record<string, unknown>), legalBasisPlacement: 'step' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('Waarom vragen we deze gegevens?'));
    await expect(
      await canvas.findByText(/^Verplicht volgens artikel 6:5 lid 1 onder c Awb: "Tegen welk besluit maakt u bezwaar\?"\.$/),
    ).toBeVisible();
    await expect(canvas.queryByText('Waarom vragen we dit?')).toBeNull();
  },
};
