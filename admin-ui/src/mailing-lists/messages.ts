import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { mailingListsEn } from './messages-en';

/** The mailing-lists resource's own strings (`resources.mailing-lists.*`), one module per language, each loaded only when the reader uses that language. */
export const mailingListsMessages: ResourceCatalogs<typeof mailingListsEn> = {
  en: async () => (await import('./messages-en')).mailingListsEn,
  es: async () => (await import('./messages-es')).mailingListsEs,
  fr: async () => (await import('./messages-fr')).mailingListsFr,
};
