import type { TranslationMessages } from 'react-admin';
import type { LocaleCode } from '../i18n/locales';
import { membershipApplicationsMessages } from '../membership-applications/messages';

// The form's field labels, where React-Admin's inputs look them up.
const fields = (locale: LocaleCode) => ({ resources: { 'membership-applications': membershipApplicationsMessages[locale] } });

/** The words of the /join page in one language, fetched when that language is first shown. */
export async function joinCatalog(locale: LocaleCode): Promise<TranslationMessages> {
  switch (locale) {
    case 'es': {
      const [{ raSpanish }, { es }] = await Promise.all([import('../i18n/ra-spanish'), import('../i18n/es')]);
      return { ...raSpanish, ...es, ...fields('es') };
    }
    case 'fr': {
      const [{ default: frenchMessages }, { fr }] = await Promise.all([import('ra-language-french'), import('../i18n/fr')]);
      return { ...frenchMessages, ...fr, ...fields('fr') };
    }
    case 'en': {
      const [{ default: englishMessages }, { en }] = await Promise.all([import('ra-language-english'), import('../i18n/en')]);
      return { ...englishMessages, ...en, ...fields('en') };
    }
  }
}
