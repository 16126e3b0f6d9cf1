import { allFields, type FormDefinition } from '@wmebv/core';
import type { MultipartLimits } from '../http/read-multipart.js';

/** Size limit for a file field without `maxFileSize`: 20 MiB, so that memory stays bounded. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/**
 * The multipart limits for a form: a file may be as large as the largest `maxFileSize` of its
 * file fields (bytes), and there may be as many files as all its file fields together accept
 * (`maxFiles`, 1 when absent). Whether each file fits its own field is core's validation.
 */
export function uploadLimits(definition: FormDefinition): Omit<MultipartLimits, 'fieldSize'> {
  const fileFields = allFields(definition).flatMap(({ field }) => (field.type === 'file' ? [field] : []));
  return {
    fileSize: Math.max(0, ...fileFields.map((field) => field.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)),
    files: fileFields.reduce((total, field) => total + (field.maxFiles ?? 1), 0),
  };
}
