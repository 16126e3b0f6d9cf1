/**
 * `@wmebv/core/messages`: every message of every locale at once, for Node (server, CLI, tests)
 * and for apps that translate with i18next. Browser code uses `@wmebv/core` only: its modules
 * bring the Dutch namespaces they speak and fetch other languages with `loadMessages`, and a
 * static path from there to these resources would put every language in every bundle.
 */
export { en } from './i18n/en.js';
export { nl, type Resources } from './i18n/resources.js';
export { provideAllMessages } from './i18n/all.js';
export { i18nInstance } from './i18n/i18next.js';
