import '@wmebv/components';
import type { WmebvReceipt } from '@wmebv/components';
import type { ReceiptVerification } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, within } from 'storybook/test';
import { dutchPage, storyOf } from '../base/field-controls.examples.js';
import { receiptExamples as examples, renderReceipt, type ReceiptArgs } from './receipt.examples.js';

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
  render: renderReceipt,
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
  args: examples.Dutch.args,
} satisfies Meta<ReceiptArgs>;

export default meta;
type Story = StoryObj<ReceiptArgs>;

export const Dutch: Story = storyOf(examples.Dutch);
export const English: Story = storyOf(examples.English);

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

export const CheckedWithCopy: Story = {
  name: 'Checked, with copy buttons',
  ...storyOf(examples.CheckedWithCopy),
  play: checked({ status: 'valid', digest: 'matches', key: { kid: 'voorbeeld-sleutel' } } as unknown as ReceiptVerification),
};

export const CheckFailed: Story = {
  name: 'Check failed',
  ...storyOf(examples.CheckFailed),
  play: checked({ status: 'invalid', problem: 'signature-mismatch', message: 'signature mismatch' }),
};
