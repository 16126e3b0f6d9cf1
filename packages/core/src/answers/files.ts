/**
 * The rules for attached files, in one place for the upload element (which checks each file the
 * moment it is chosen, Awb 2:15) and for `validateSubmission` (which the server runs on what it
 * received). They return data; the UI and the server put it into words.
 */

/** What a file field allows (the definition's `accept`, `maxFileSize`, `maxFiles`). */
export interface FileLimits {
  /** MIME types (`application/pdf`, `image/*`) or extensions (`.pdf`); any type when absent or empty. */
  accept?: readonly string[];
  /** Largest size of one file, in bytes. */
  maxFileSize?: number;
  /** Most files; 1 when absent. */
  maxFiles?: number;
}

/** What the rules need to know of a file: a browser `File` or an envelope `Attachment`. */
export interface FileFacts {
  name: string;
  /** MIME type as reported by the browser. */
  type: string;
  /** Bytes. */
  size: number;
}

/** Why one file cannot be accepted, as data: `rule`, its parameters, and the message key. */
export type FileProblem =
  | { rule: 'fileType'; params: { name: string; accepted: string }; messageKey: 'validation.fileType' }
  | { rule: 'fileEmpty'; params: { name: string }; messageKey: 'validation.fileEmpty' }
  | { rule: 'fileSize'; params: { name: string; max: number }; messageKey: 'validation.fileSize' };

/** The most files a field takes: `maxFiles`, or 1 when absent or not a whole number of at least 1. */
export function maxFilesOf(limits: FileLimits): number {
  const max = limits.maxFiles;
  return max !== undefined && Number.isFinite(max) && max >= 1 ? Math.floor(max) : 1;
}

/**
 * Checks one file against a field's limits, in this order: its type, that it is not empty (0 bytes
 * is nearly always a failed download or save), its size. The count is `tooManyFiles`.
 *
 * @returns the first problem, or undefined when the file may be sent
 */
export function fileProblem(limits: FileLimits, file: FileFacts): FileProblem | undefined {
  const { name } = file;
  if (limits.accept && limits.accept.length > 0 && !accepts(limits.accept, file)) {
    return { rule: 'fileType', params: { name, accepted: describeAccept(limits.accept) }, messageKey: 'validation.fileType' };
  }
  if (file.size === 0) return { rule: 'fileEmpty', params: { name }, messageKey: 'validation.fileEmpty' };
  if (limits.maxFileSize !== undefined && file.size > limits.maxFileSize) {
    return { rule: 'fileSize', params: { name, max: limits.maxFileSize }, messageKey: 'validation.fileSize' };
  }
  return undefined;
}

/** Whether `count` files are more than the field takes (`maxFiles`, 1 when absent). */
export function tooManyFiles(limits: FileLimits, count: number): boolean {
  return count > maxFilesOf(limits);
}

/** Whether a file matches an `accept` list of MIME types (`image/png`, `image/*`) or extensions (`.pdf`). */
export function accepts(accept: readonly string[], file: { name: string; type: string }): boolean {
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

/** `application/pdf, image/jpeg` → `PDF, JPEG`: the names people know file types by. */
export function describeAccept(accept: readonly string[]): string {
  return accept.map((entry) => (entry.startsWith('.') ? entry.slice(1) : (entry.split('/')[1] ?? entry)).toUpperCase()).join(', ');
}
