import type { I18nProvider, TranslationMessages } from 'react-admin';
import type { MessageTree } from '../common/resource-definition';
import { RESOURCES } from '../resources';
import { createI18nProvider } from './polyglot-provider';
import { readStoredLocale, type LocaleCode } from './locales';

/** React-Admin's own `ra.*` words and the application's `app.*` words in one language, each language in chunks of its own. */
const sharedWords = async (locale: LocaleCode): Promise<TranslationMessages> => {
  switch (locale) {
    case 'en': {
      const [{ default: ra }, { en }] = await Promise.all([import('ra-language-english'), import('./en')]);
      return { ...ra, ...en };
    }
    case 'es': {
      const [{ raSpanish }, { es }] = await Promise.all([import('./ra-spanish'), import('./es')]);
      return { ...raSpanish, ...es };
    }
    case 'fr': {
      const [{ default: ra }, { fr }] = await Promise.all([import('ra-language-french'), import('./fr')]);
      return { ...ra, ...fr };
    }
  }
};

/** Each resource's own labels, under `resources.<name>` as React-Admin looks them up. */
const resourceWords = async (locale: LocaleCode): Promise<Record<string, MessageTree>> =>
  Object.fromEntries(await Promise.all(RESOURCES.map(async ({ name, messages }) => [name, await messages[locale]()] as const)));

const loaded = new Map<LocaleCode, TranslationMessages>();

/** Every word of the admin in one language, fetched once: the reader downloads only the languages they use. */
const adminCatalog = async (locale: LocaleCode): Promise<TranslationMessages> => {
  const known = loaded.get(locale);
  if (known) return known;
  const [shared, resources] = await Promise.all([sharedWords(locale), resourceWords(locale)]);
  const catalog = { ...shared, resources };
  loaded.set(locale, catalog);
  return catalog;
};

let started: I18nProvider | undefined;

/**
 * Fetches the reader's language and makes the admin's translator; the admin
 * renders once it is ready (main.tsx), as React-Admin needs the starting
 * language's words at hand. Another language is fetched when chosen.
 */
export async function startI18nProvider(initialLocale: LocaleCode = readStoredLocale()): Promise<I18nProvider> {
  const initial = await adminCatalog(initialLocale);
  started = createI18nProvider((locale) => (locale === initialLocale ? initial : (loaded.get(locale) ?? adminCatalog(locale))), initialLocale);
  return started;
}

/** Translates with the admin's translator in the current language (for words made outside React, such as server errors). */
export const translate = (key: string, options?: Record<string, unknown>): string => {
  if (!started) throw new Error('translate() was called before startI18nProvider() had finished');
  return started.translate(key, options);
};
