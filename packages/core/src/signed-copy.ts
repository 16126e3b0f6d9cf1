/**
 * `@wmebv/core/signed-copy`: the signed section of the sender's copy (Awb 2:17 lid 2, 2:20), the
 * text builder `signedSectionLines` that the copy's rendering and `wmebv verify-receipt` share, and
 * the reader and comparison of its lines. An entry of its own so that a form's first load does not
 * carry it: browsers load it with the copy's HTML renderer, on the first download.
 */
export * from './copy/signed-section.js';
export * from './copy/signed-text.js';
export type { SignedWords } from './copy/signed-words.js';
