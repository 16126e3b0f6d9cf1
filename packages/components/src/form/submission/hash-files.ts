import { sha256Hex, type Attachment } from '@wmebv/core';
import { describeFiles } from './attachments.js';

// Only the review's sender's copy and the envelope need the files' hashes: this module comes with
// the review's lazy part (after-steps.ts), so SHA-256 is not in the form's first load (issue 11).

/** The same metadata with each file's SHA-256, computed in the browser (Web Crypto) just before sending. */
export async function hashFiles(files: Readonly<Record<string, readonly File[]>>): Promise<Attachment[]> {
  const described = describeFiles(files);
  const all = Object.values(files).flat();
  return Promise.all(described.map(async (attachment, index) => ({ ...attachment, sha256: await sha256Hex(await all[index]!.arrayBuffer()) })));
}
