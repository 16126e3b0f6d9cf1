import { accepts, allFields, describeAccept, type Envelope, type FormDefinition, type ValidationError } from '@wmebv/core';
import { fileTypeFromBuffer } from 'file-type';
import type { ReceivedFile } from '../http/read-multipart.js';

/** Types that have no signature: accepted only as valid UTF-8 without NUL bytes. */
const TEXT_TYPES = new Set(['text/plain', 'text/csv']);
const TEXT_EXTENSIONS = new Set(['.txt', '.csv']);

/**
 * Checks each file's content against its field's `accept` (issue 12 item 6), never trusting the
 * name or the browser's type: ELF, ZIP or HTML bytes named `.pdf` and a Windows executable named
 * `.png` were stored. The content signature is read with file-type (magic bytes); office files are
 * recognised as their OOXML type (a plain ZIP is not a `.docx`). Plain text and CSV have no
 * signature: they pass only as valid UTF-8 without NUL bytes, and only where the field accepts text.
 *
 * @returns one `fileType` error per file whose content is not accepted, naming the file
 */
export async function checkFileContents(definition: FormDefinition, envelope: Envelope, files: readonly ReceivedFile[]): Promise<ValidationError[]> {
  const fields = new Map(allFields(definition).map(({ field }) => [field.id, field]));
  const errors: ValidationError[] = [];
  for (const attachment of envelope.attachments) {
    const field = fields.get(attachment.field);
    const accept = field && field.type === 'file' ? (field as { accept?: readonly string[] }).accept : undefined;
    if (!accept || accept.length === 0) continue;
    const file = files.find((candidate) => candidate.id === attachment.id);
    if (!file) continue;
    if (!(await contentAccepted(accept, file.bytes))) {
      errors.push({
        field: attachment.field,
        target: 'field',
        rule: 'fileType',
        params: { name: attachment.name, accepted: describeAccept(accept) },
        messageKey: 'validation.fileType',
      });
    }
  }
  return errors;
}

async function contentAccepted(accept: readonly string[], bytes: Uint8Array): Promise<boolean> {
  // A damaged container (a truncated ZIP) can make the reader fail: that is no acceptable file either.
  const detected = await fileTypeFromBuffer(bytes).catch(() => null);
  if (detected === null) return false;
  // Judged by what the bytes are: the detected type and its usual extension, not the sender's name.
  if (detected) return accepts(accept, { name: `file.${detected.ext}`, type: detected.mime });
  const acceptsText = accept.some((entry) => TEXT_TYPES.has(entry) || entry === 'text/*' || TEXT_EXTENSIONS.has(entry.toLowerCase()));
  return acceptsText && isUtf8Text(bytes);
}

/** Valid UTF-8 without NUL bytes. */
function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
