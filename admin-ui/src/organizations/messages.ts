import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { organizationsEn } from './messages-en';

/** The organizations resource's own strings (`resources.organizations.*`), one module per language, each loaded only when the reader uses that language. */
export const organizationsMessages: ResourceCatalogs<typeof organizationsEn> = {
  en: async () => (await import('./messages-en')).organizationsEn,
  es: async () => (await import('./messages-es')).organizationsEs,
  fr: async () => (await import('./messages-fr')).organizationsFr,
};
