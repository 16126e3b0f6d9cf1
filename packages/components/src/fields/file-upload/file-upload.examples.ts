/**
 * Examples of `wmebv-file-upload`, written once: its stories are these (file-upload.stories.ts) and
 * its tests mount them (`mountExample` in base/field.fixtures.ts).
 */
import { html } from 'lit';
import { coreMessage, legalBasisAuthorisation } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

/** The file limits of the objection form's attachments: PDF, JPEG, PNG; 10 MB each; 5 files. */
export const attachmentLimits = {
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxFileSize: 10 * 1024 * 1024,
  maxFiles: 5,
};

/** Files as the browser would hand them over (contents are zeros; only name, type and size matter). */
export function sampleFiles(): File[] {
  return [
    new File([new Uint8Array(253_952)], 'besluit-dakkapel.pdf', { type: 'application/pdf' }),
    new File([new Uint8Array(2_411_724)], 'foto-voorgevel.jpg', { type: 'image/jpeg' }),
  ];
}

export interface FileUploadArgs extends FieldArgs {
  accept: string[];
  maxFileSize?: number;
  maxFiles: number;
  /** Example only: whether the sample files are already chosen. */
  withFiles: boolean;
}

/** Chosen once, so that re-rendering with other args keeps the same File objects. */
const chosenFiles = sampleFiles();

/** `<wmebv-file-upload>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderFileUpload = (args: FileUploadArgs) => html`<wmebv-file-upload
  ${fieldArgs(args)}
  .accept=${args.accept}
  .maxFileSize=${args.maxFileSize}
  .maxFiles=${args.maxFiles}
  .files=${args.withFiles ? chosenFiles : []}
></wmebv-file-upload>`;

const attachments: FileUploadArgs = {
  ...fieldDefaults,
  name: 'bijlagen',
  label: 'Bijlagen',
  hint: "Bijvoorbeeld foto's of brieven die uw bezwaar ondersteunen.",
  ...attachmentLimits,
  withFiles: false,
};

const authorisation: FileUploadArgs = {
  ...attachments,
  name: 'machtiging',
  label: 'Machtiging',
  hint: 'Een brief waarin de ander u toestemming geeft.',
  required: true,
  legalBasis: legalBasisAuthorisation,
  maxFiles: 1,
};

export const fileUploadExamples = examplesOf<FileUploadArgs>()({
  Empty: { description: '"Toegestaan: PDF, JPEG, PNG. Maximaal 10 MB per bestand, 5 bestanden." before anything is chosen.', args: attachments },
  RequiredWithLegalBasis: { description: 'One required file, with "Waarom vragen we dit?" (Awb 2:1 lid 2).', args: authorisation },
  Filled: {
    description: 'Two files chosen, each with its size and a remove button ("Verwijder foto-voorgevel.jpg").',
    args: { ...attachments, withFiles: true },
  },
  WithError: {
    description: "No file chosen: core's message for a required file.",
    args: { ...authorisation, error: coreMessage('requiredFile', 'Machtiging') },
  },
  RefusedFile: {
    description:
      'A file the form refuses (a Word document where PDF, JPEG or PNG is asked): the element says which file and why, and keeps the files chosen before.',
    args: { ...attachments, withFiles: true },
  },
  Disabled: { description: 'Chosen files that cannot be changed; nothing is submitted.', args: { ...attachments, withFiles: true, disabled: true } },
  English: {
    description: 'The limits, sizes and buttons in English.',
    args: {
      ...attachments,
      lang: 'en',
      label: 'Attachments',
      hint: 'For example photos or letters that support your objection.',
      withFiles: true,
    },
  },
});
