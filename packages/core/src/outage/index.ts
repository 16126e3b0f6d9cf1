/** Outage notices (storingsmeldingen): schema, and which apply at a given moment (Awb 2:21). */
export * from './notice.js';
export * from './notices-check.js';
export * from './applies.js';
