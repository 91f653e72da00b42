import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { usersEn } from './messages-en';

/** The users resource's own strings (`resources.users.*`), one module per language, each loaded only when the reader uses that language. */
export const usersMessages: ResourceCatalogs<typeof usersEn> = {
  en: async () => (await import('./messages-en')).usersEn,
  es: async () => (await import('./messages-es')).usersEs,
  fr: async () => (await import('./messages-fr')).usersFr,
};
