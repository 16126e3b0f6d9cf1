import type { Attachment } from '@wmebv/core';
import { normaliseFileName } from './file-name-rule.js';

/** The id a file gets in the envelope and as its multipart part name: `<field>-<n>`, stable per position. */
export function attachmentId(fieldId: string, index: number): string {
  return `${fieldId}-${index + 1}`;
}

/** Attachment metadata without hashes: enough to validate a step (types, sizes, number). */
export function describeFiles(files: Readonly<Record<string, readonly File[]>>): Attachment[] {
  return Object.entries(files).flatMap(([field, list]) =>
    list.map((file, index) => ({
      id: attachmentId(field, index),
      field,
      // The name as the server stores it (core's one rule), so the receipt's digest matches what was sent.
      name: normaliseFileName(file.name),
      size: file.size,
      type: file.type,
      sha256: '',
    })),
  );
}
