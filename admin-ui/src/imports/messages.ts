import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { importsEn } from './messages-en';

/** The imports resource's own strings (`resources.imports.*`), one module per language, each loaded only when the reader uses that language. */
export const importsMessages: ResourceCatalogs<typeof importsEn> = {
  en: async () => (await import('./messages-en')).importsEn,
  es: async () => (await import('./messages-es')).importsEs,
  fr: async () => (await import('./messages-fr')).importsFr,
};
