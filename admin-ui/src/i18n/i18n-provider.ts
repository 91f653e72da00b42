import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { MessageTree } from '../common/resource-definition';
import { RESOURCES } from '../resources';
import { raSpanish } from './ra-spanish';
import { createI18nProvider } from './polyglot-provider';
import type { LocaleCode } from './locales';

/** Each resource's own labels, under `resources.<name>` as React-Admin looks them up. */
const resourceMessages = (locale: LocaleCode): Record<string, MessageTree> =>
  Object.fromEntries(RESOURCES.map(({ name, messages }) => [name, messages[locale]]));

const catalogs = (): Record<LocaleCode, TranslationMessages> => ({
  en: { ...englishMessages, ...en, resources: resourceMessages('en') },
  es: { ...raSpanish, ...es, resources: resourceMessages('es') },
  fr: { ...frenchMessages, ...fr, resources: resourceMessages('fr') },
});

const byLocale = catalogs();
export const i18nProvider = createI18nProvider((locale) => byLocale[locale]);
