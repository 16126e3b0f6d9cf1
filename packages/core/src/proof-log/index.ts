export * from './entry.js';
export * from './head.js';
export * from './chain.js';
export * from './bundle.js';
export * from './verify-bundle.js';
