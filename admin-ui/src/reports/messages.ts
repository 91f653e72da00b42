import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { reportsEn } from './messages-en';

/** The reports resource's own strings (`resources.reports.*`), one module per language, each loaded only when the reader uses that language. */
export const reportsMessages: ResourceCatalogs<typeof reportsEn> = {
  en: async () => (await import('./messages-en')).reportsEn,
  es: async () => (await import('./messages-es')).reportsEs,
  fr: async () => (await import('./messages-fr')).reportsFr,
};
