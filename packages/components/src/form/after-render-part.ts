// What wmebv-form loads right after its first render, as one lazy chunk: the linter's rules and
// report (lint.ts, which `ready` waits for) and the part `summary` (summary-part.ts, preloaded as a
// definition is first rendered). Every form asks for both at the same moment, so one file: one
// request, and gzip compresses them together (issue 11, figure b). An unusable definition loads it
// for the report alone.
export * from './lint.js';
export * from './summary-part.js';
