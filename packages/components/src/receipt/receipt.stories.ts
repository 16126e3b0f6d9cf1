import '@wmebv/components';
import type { WmebvReceipt } from '@wmebv/components';
import { localize, type Envelope, type FormDefinition, type Receipt, type ReceiptVerification } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import { objectionDefinition } from '../form/form.examples.js';
import { sampleEnvelope, sampleReceipt } from './receipt.examples.js';
import { dutchPage } from '../base/field-controls.examples.js';

interface ReceiptArgs {
  receipt: Receipt;
  afterSubmit: string;
  formTitle: string;
  locale?: string;
  lang?: string;
  /** With `envelope`, the copy buttons (HTML and JSON). */
  definition?: FormDefinition;
  envelope?: Envelope;
}

/**
 * The ontvangstbevestiging (Awb 2:17 lid 1) as the sender sees it after sending: the reference in
 * the heading (GOV.UK confirmation page), the time of receipt by the server's clock (Awb 2:20) in
 * Europe/Amsterdam time, who received it, the SHA-256 digest of what was stored, what happens next,
 * and a copy of what was sent (Awb 2:17 lid 2). The receipt here is the one the intake server would
 * answer the sample objection with (`receipt.examples.ts`): received at 00:30 on 28 April 2026.
 */
const meta = {
  title: 'Feedback/Receipt',
  component: 'wmebv-receipt',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-receipt
    .receipt=${args.receipt}
    after-submit=${args.afterSubmit}
    form-title=${args.formTitle}
    locale=${ifDefined(args.locale)}
    lang=${args.lang ?? 'nl'}
    .definition=${args.definition}
    .envelope=${args.envelope}
  ></wmebv-receipt>`,
  argTypes: {
    receipt: { control: 'object', description: 'The receipt the intake server answered with (core’s `Receipt`; property only).' },
    afterSubmit: { control: 'text', description: 'What happens next (attribute `after-submit`): the definition’s `afterSubmit`.' },
    formTitle: { control: 'text', description: 'The form’s title (attribute `form-title`).' },
    locale: {
      control: 'inline-radio',
      options: [undefined, 'nl', 'en'],
      description: 'Language of the receipt’s own words and the time; unset: the nearest `lang`.',
    },
    lang: {
      control: 'inline-radio',
      options: ['nl', 'en'],
      description: 'HTML `lang` on the element.',
      table: { category: 'HTML' },
    },
  },
  args: {
    receipt: sampleReceipt('nl'),
    afterSubmit: localize(objectionDefinition.afterSubmit, 'nl'),
    formTitle: localize(objectionDefinition.title, 'nl'),
  },
} satisfies Meta<ReceiptArgs>;

export default meta;
type Story = StoryObj<ReceiptArgs>;

/** "Ontvangen met kenmerk BZW-7KX2-QD4M", "… op 28 april 2026 om 00:30." */
export const Dutch: Story = {};

/** "Received with reference BZW-7KX2-QD4M", "… on 28 April 2026 at 00:30." */
export const English: Story = {
  args: {
    receipt: sampleReceipt('en'),
    afterSubmit: localize(objectionDefinition.afterSubmit, 'en'),
    formTitle: localize(objectionDefinition.title, 'en'),
    lang: 'en',
  },
};

/**
 * Shows the outcome of the check in this browser as if the organisation's key set had been fetched
 * (stories have no intake server), then opens "Controleer deze ontvangstbevestiging".
 */
function checked(verification: ReceiptVerification): Story['play'] {
  return async ({ canvasElement }) => {
    const element = canvasElement.querySelector<WmebvReceipt>('wmebv-receipt')!;
    element.verification = verification;
    await element.updateComplete;
    const canvas = within(canvasElement);
    const summary = canvas.getByText(/^Controleer deze ontvangstbevestiging/);
    if (!element.querySelector('details')!.open) await userEvent.click(summary);
    await expect(canvas.getByText('Controlegetal (SHA-256)')).toBeVisible();
  };
}

/**
 * The whole receipt: plain facts first (reference, time, what happens next), the copy buttons
 * ("Download een kopie (HTML)", "Download de gegevens (JSON)"), then, behind a disclosure, the
 * checksum, the key and the signature with the outcome of the check: authentic.
 */
export const CheckedWithCopy: Story = {
  name: 'Checked, with copy buttons',
  args: { definition: objectionDefinition, envelope: sampleEnvelope('nl') },
  play: checked({ status: 'valid', digest: 'matches', key: { kid: 'voorbeeld-sleutel' } } as unknown as ReceiptVerification),
};

/** A receipt that does not check out: the disclosure opens by itself, so the warning is never hidden. */
export const CheckFailed: Story = {
  name: 'Check failed',
  args: { definition: objectionDefinition, envelope: sampleEnvelope('nl') },
  play: checked({ status: 'invalid', problem: 'signature-mismatch', message: 'signature mismatch' }),
};
