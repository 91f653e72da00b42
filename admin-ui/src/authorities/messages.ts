import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { authoritiesEn } from './messages-en';

/** The authorities resource's own strings (`resources.authorities.*`), one module per language, each loaded only when the reader uses that language. */
export const authoritiesMessages: ResourceCatalogs<typeof authoritiesEn> = {
  en: async () => (await import('./messages-en')).authoritiesEn,
  es: async () => (await import('./messages-es')).authoritiesEs,
  fr: async () => (await import('./messages-fr')).authoritiesFr,
};
