import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { countriesEn } from './messages-en';

/** The countries resource's own strings (`resources.countries.*`), one module per language, each loaded only when the reader uses that language. */
export const countriesMessages: ResourceCatalogs<typeof countriesEn> = {
  en: async () => (await import('./messages-en')).countriesEn,
  es: async () => (await import('./messages-es')).countriesEs,
  fr: async () => (await import('./messages-fr')).countriesFr,
};
