/** Deadlines: the Algemene termijnenwet calendar and Awb 2:21, 2:23, 6:7-6:9 in Europe/Amsterdam. */
export * from './equal-days.js';
export * from './calendar-date.js';
export * from './plain-date.js';
export * from './zoned-date.js';
export * from './calendar.js';
export * from './period.js';
export * from './on-time.js';
export * from './describe.js';
