import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { coreMessage, legalBasisAuthorisation } from '../../base/field.examples.js';
import { attachmentLimits, sampleFiles } from './file-upload.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface FileUploadArgs extends FieldArgs {
  accept: string[];
  maxFileSize?: number;
  maxFiles: number;
  /** Story-only: whether the sample files are already chosen. */
  withFiles: boolean;
}

/** Chosen once, so that re-rendering with other args keeps the same File objects. */
const chosenFiles = sampleFiles();

/**
 * Attachments: a file input (its label looks like a button) plus a drop zone. The limits are shown
 * before anything is chosen (Awb 2:13 lid 3); a file that breaks them is refused at once, with the
 * reason, in a status message (Awb 2:15). Form-associated: submits each File under its `name`.
 */
const meta: Meta<FileUploadArgs> = {
  title: 'Fields/File upload',
  component: 'wmebv-file-upload',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-file-upload
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    .accept=${args.accept}
    .maxFileSize=${args.maxFileSize}
    .maxFiles=${args.maxFiles}
    .files=${args.withFiles ? chosenFiles : []}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-file-upload>`,
  argTypes: {
    ...fieldArgTypes,
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
  },
  args: {
    ...fieldDefaults,
    name: 'bijlagen',
    label: 'Bijlagen',
    hint: "Bijvoorbeeld foto's of brieven die uw bezwaar ondersteunen.",
    ...attachmentLimits,
    withFiles: false,
  },
};

export default meta;
type Story = StoryObj<FileUploadArgs>;

/** "Toegestaan: PDF, JPEG, PNG. Maximaal 10 MB per bestand, 5 bestanden." before anything is chosen. */
export const Empty: Story = {};

export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: {
    name: 'machtiging',
    label: 'Machtiging',
    hint: 'Een brief waarin de ander u toestemming geeft.',
    required: true,
    legalBasis: legalBasisAuthorisation,
    maxFiles: 1,
  },
};

/** Two files chosen, each with its size and a remove button ("Verwijder foto-voorgevel.jpg"). */
export const Filled: Story = {
  args: { withFiles: true },
};

export const WithError: Story = {
  name: 'With error',
  args: { ...RequiredWithLegalBasis.args, error: coreMessage('requiredFile', 'Machtiging') },
};

/**
 * A file the form refuses (a Word document where PDF, JPEG or PNG is asked): the element says which
 * file and why, and keeps the files chosen before.
 */
export const RefusedFile: Story = {
  name: 'Refused file',
  args: { withFiles: true },
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

export const Disabled: Story = {
  args: { withFiles: true, disabled: true },
};

export const English: Story = {
  args: {
    lang: 'en',
    label: 'Attachments',
    hint: 'For example photos or letters that support your objection.',
    withFiles: true,
  },
};
