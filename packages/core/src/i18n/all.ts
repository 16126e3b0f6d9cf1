import { provideLocale } from './catalog.js';
import { en } from './en.js';
import { nl } from './resources.js';

/**
 * Every message of every supported locale, at once and synchronously: for Node (server, CLI,
 * tests), where bundle size does not matter. Browsers get Dutch namespaces from the modules that
 * use them and other languages from `loadMessages`.
 */
export function provideAllMessages(): void {
  provideLocale('nl', nl);
  provideLocale('en', en);
}
