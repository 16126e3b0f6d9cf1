import '@wmebv/components';
import { localize, type Receipt } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { objectionDefinition, sampleReceipt } from './examples.js';
import { dutchPage } from './field-controls.js';

interface ReceiptArgs {
  receipt: Receipt;
  afterSubmit: string;
  formTitle: string;
  locale?: string;
  lang?: string;
}

/**
 * The ontvangstbevestiging (Awb 2:17 lid 1) as the sender sees it after sending: the reference in
 * the heading (GOV.UK confirmation page), the time of receipt by the server's clock (Awb 2:20) in
 * Europe/Amsterdam time, who received it, the SHA-256 digest of what was stored, what happens next,
 * and a copy of what was sent (Awb 2:17 lid 2). The receipt here is the one the intake server would
 * answer the sample objection with (`stories/examples.ts`): received at 00:30 on 28 April 2026.
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
