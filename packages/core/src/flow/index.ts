/**
 * The headless form flow: where a user is, where they can go, and which errors show where. Plain
 * functions over plain data, the same for any UI; `wmebv-form` renders what they decide.
 */
export * from './answers.js';
export * from './position.js';
export * from './navigate.js';
