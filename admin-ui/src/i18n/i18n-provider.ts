import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { MessageTree } from '../common/resource-definition';
import { RESOURCES } from '../resources';
import { raSpanish } from './ra-spanish';
import { DEFAULT_LOCALE, LOCALES, isLocaleCode, readStoredLocale, storeLocale, type LocaleCode } from './locales';

/** Each resource's own labels, under `resources.<name>` as React-Admin looks them up. */
const resourceMessages = (locale: LocaleCode): Record<string, MessageTree> =>
  Object.fromEntries(RESOURCES.map(({ name, messages }) => [name, messages[locale]]));

const catalogs = (): Record<LocaleCode, TranslationMessages> => ({
  en: { ...englishMessages, ...en, resources: resourceMessages('en') },
  es: { ...raSpanish, ...es, resources: resourceMessages('es') },
  fr: { ...frenchMessages, ...fr, resources: resourceMessages('fr') },
});

const setDocumentLanguage = (locale: LocaleCode): void => {
  // Screen readers pick their voice from <html lang>.
  document.documentElement.lang = locale;
};

const createI18nProvider = (): I18nProvider => {
  const byLocale = catalogs();
  const initialLocale = readStoredLocale();
  setDocumentLanguage(initialLocale);
  const polyglot = polyglotI18nProvider(
    (locale) => byLocale[isLocaleCode(locale) ? locale : DEFAULT_LOCALE],
    initialLocale,
    LOCALES.map(({ locale, name }) => ({ locale, name })),
    // A missing key shows React-Admin's `_` fallback (or the key) instead of a console warning per render.
    { allowMissing: true },
  );
  return {
    ...polyglot,
    // React-Admin keeps the locale in its own store, which logout resets;
    // our key keeps the choice across sessions.
    changeLocale: async (locale, options) => {
      await polyglot.changeLocale(locale, options);
      if (isLocaleCode(locale)) {
        storeLocale(locale);
        setDocumentLanguage(locale);
      }
    },
  };
};

export const i18nProvider = createI18nProvider();
