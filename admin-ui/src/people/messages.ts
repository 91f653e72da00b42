import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { peopleEn } from './messages-en';

/** The people resource's own strings (`resources.people.*`), one module per language, each loaded only when the reader uses that language. */
export const peopleMessages: ResourceCatalogs<typeof peopleEn> = {
  en: async () => (await import('./messages-en')).peopleEn,
  es: async () => (await import('./messages-es')).peopleEs,
  fr: async () => (await import('./messages-fr')).peopleFr,
};
