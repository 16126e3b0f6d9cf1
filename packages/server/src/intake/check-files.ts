import type { Attachment, ValidationError } from '@wmebv/core';
import type { ReceivedFile } from '../http/read-multipart.js';

/**
 * Compares the files received with the envelope's attachment list, never trusting the browser's
 * metadata: every attachment needs exactly one file part with its id whose size (bytes) and SHA-256
 * the server computed to be the ones stated, and every file part needs an attachment. Whether a file
 * may be sent at all (type, size limit, count) is checked by `validateSubmission`.
 *
 * @returns one `attachment` error per mismatch, as plain validation data
 */
export function checkReceivedFiles(attachments: readonly Attachment[], files: readonly ReceivedFile[]): ValidationError[] {
  const errors: ValidationError[] = [];
  const attachmentIds = new Set(attachments.map((attachment) => attachment.id));
  for (const attachment of attachments) {
    const parts = files.filter((file) => file.id === attachment.id);
    const file = parts[0];
    if (parts.length !== 1 || file!.size !== attachment.size || file!.sha256 !== attachment.sha256) {
      errors.push(attachmentError(attachment.field, attachment.id));
    }
  }
  for (const file of files) {
    if (!attachmentIds.has(file.id)) errors.push(attachmentError('', file.id));
  }
  return errors;
}

function attachmentError(field: string, id: string): ValidationError {
  return {
    field,
    target: field ? 'field' : 'submission',
    rule: 'attachment',
    params: { id },
    messageKey: field ? 'validation.attachment' : 'validation.attachmentUnreferenced',
  };
}
