import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { testimoniesEn } from './messages-en';

/** The testimonies resource's own strings (`resources.testimonies.*`), one module per language, each loaded only when the reader uses that language. */
export const testimoniesMessages: ResourceCatalogs<typeof testimoniesEn> = {
  en: async () => (await import('./messages-en')).testimoniesEn,
  es: async () => (await import('./messages-es')).testimoniesEs,
  fr: async () => (await import('./messages-fr')).testimoniesFr,
};
