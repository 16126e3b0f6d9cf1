/**
 * `@wmebv/core/messages`: every message of every locale at once, for Node (server, CLI, tests)
 * and for apps that translate with i18next. Browser code uses `@wmebv/core` only: its modules
 * bring the Dutch namespaces they speak and fetch other languages with `loadMessages`, and a
 * static path from there to these resources would put every language in every bundle.
 */
export { en } from './i18n/en.js';
export { nl, type Resources } from './i18n/resources.js';
export { provideAllMessages } from './i18n/all.js';
import { FIELD_TYPE_MESSAGES } from './definition/fields/registry.js';
import { i18nInstance } from './i18n/i18next.js';

// The field types' own words (`validation.kenteken` ...) live in their modules, a layer above
// `i18n/`, so they join the i18next instance here, as validation/message.ts adds them in browsers.
i18nInstance.addResourceBundle('nl', 'translation', { validation: FIELD_TYPE_MESSAGES.nl }, true, false);
i18nInstance.addResourceBundle('en', 'translation', { validation: FIELD_TYPE_MESSAGES.en }, true, false);

export { i18nInstance };
