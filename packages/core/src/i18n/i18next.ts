import { createInstance, type i18n } from 'i18next';
import { en } from './en.js';
import { nl } from './resources.js';
import { SUPPORTED_LOCALES } from './catalog.js';

/**
 * The library's resources in an i18next instance, for Node apps that translate with i18next or add
 * their own namespaces. The library itself translates with compiled message functions
 * (`getTranslator`); a test holds both to the same output for every message.
 */
export const i18nInstance: i18n = createInstance();
void i18nInstance.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...SUPPORTED_LOCALES],
  nonExplicitSupportedLngs: true,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
