import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { eventsEn } from './messages-en';

/** The events resource's own strings (`resources.events.*`), one module per language, each loaded only when the reader uses that language. */
export const eventsMessages: ResourceCatalogs<typeof eventsEn> = {
  en: async () => (await import('./messages-en')).eventsEn,
  es: async () => (await import('./messages-es')).eventsEs,
  fr: async () => (await import('./messages-fr')).eventsFr,
};
