import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { affiliationsEn } from './messages-en';

/** The affiliations resource's own strings (`resources.affiliations.*`), one module per language, each loaded only when the reader uses that language. */
export const affiliationsMessages: ResourceCatalogs<typeof affiliationsEn> = {
  en: async () => (await import('./messages-en')).affiliationsEn,
  es: async () => (await import('./messages-es')).affiliationsEs,
  fr: async () => (await import('./messages-fr')).affiliationsFr,
};
