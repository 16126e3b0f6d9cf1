/**
 * The file question's lazy part of `wmebv-form`: its element, and core's rule for the names files
 * travel under (`normaliseFileName`, with filenamify), which only a form with a file question needs
 * (issue 11: a small first load). The form loads it before the first render of such a definition,
 * so it is there before any file can be chosen (`lazy-parts.ts` hands the rule to
 * `submission/file-name-rule.ts`).
 */
export * from '../fields/file-upload/file-upload.js';
export { normaliseFileName } from '@wmebv/core';
