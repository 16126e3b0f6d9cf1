import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { fileUploadExamples as examples, renderFileUpload, type FileUploadArgs } from './file-upload.examples.js';

/**
 * Attachments: a file input (its label looks like a button) plus a drop zone. The limits are shown
 * before anything is chosen (Awb 2:13 lid 3); a file that breaks them is refused at once, with the
 * reason, in a status message (Awb 2:15). Form-associated: submits each File under its `name`.
 * Every story is an example from file-upload.examples.ts, which the tests mount too.
 */
const meta: Meta<FileUploadArgs> = {
  title: 'Fields/File upload',
  component: 'wmebv-file-upload',
  tags: ['autodocs'],
  ...fieldMeta(renderFileUpload, examples, {
    accept: {
      control: 'object',
      description: 'Allowed types: MIME types or extensions (attribute `accept`, comma-separated). Empty: all.',
    },
    maxFileSize: { control: { type: 'number', min: 0 }, description: 'Largest file in bytes (attribute `max-file-size`).' },
    maxFiles: { control: { type: 'number', min: 1 }, description: 'Most files (attribute `max-files`).' },
    withFiles: {
      control: 'boolean',
      description: 'Story only: start with two sample files chosen (sets the `files` property).',
      table: { category: 'Story' },
    },
  }),
};

export default meta;
type Story = StoryObj<FileUploadArgs>;

export const Empty: Story = storyOf(examples.Empty);
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const Filled: Story = storyOf(examples.Filled);
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };

export const RefusedFile: Story = {
  name: 'Refused file',
  ...storyOf(examples.RefusedFile),
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([new Uint8Array(40_960)], 'bezwaar.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    );
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const rejections = await waitFor(() => {
      const list = canvasElement.querySelector('.wmebv-file-upload__rejections');
      if (!list?.textContent?.includes('bezwaar.docx')) throw new Error('no refusal shown yet');
      return list;
    });
    await expect(rejections).toBeVisible();
  },
};

export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
