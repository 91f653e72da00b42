import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { actionPacksEn } from './messages-en';

/** The action-packs resource's own strings (`resources.action-packs.*`), one module per language, each loaded only when the reader uses that language. */
export const actionPacksMessages: ResourceCatalogs<typeof actionPacksEn> = {
  en: async () => (await import('./messages-en')).actionPacksEn,
  es: async () => (await import('./messages-es')).actionPacksEs,
  fr: async () => (await import('./messages-fr')).actionPacksFr,
};
