import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { DEFAULT_LOCALE, LOCALES, isLocaleCode, readStoredLocale, storeLocale, type LocaleCode } from './locales';

const setDocumentLanguage = (locale: LocaleCode): void => {
  // Screen readers pick their voice from <html lang>.
  document.documentElement.lang = locale;
};

/** A language's catalog; the one of the language a page starts in must be at hand (not a promise). */
export type CatalogSource = (locale: LocaleCode) => TranslationMessages | Promise<TranslationMessages>;

/**
 * The translations of a page in en/es/fr, starting in the reader's stored
 * language (`initialLocale`). The admin holds every catalog; a public page
 * holds only its own words, and only in the language it shows.
 */
export const createI18nProvider = (catalog: CatalogSource, initialLocale: LocaleCode = readStoredLocale()): I18nProvider => {
  setDocumentLanguage(initialLocale);
  const polyglot = polyglotI18nProvider(
    (locale) => catalog(isLocaleCode(locale) ? locale : DEFAULT_LOCALE),
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
