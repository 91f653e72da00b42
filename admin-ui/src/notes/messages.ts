import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { notesEn } from './messages-en';

/** The notes resource's own strings (`resources.notes.*`), one module per language, each loaded only when the reader uses that language. */
export const notesMessages: ResourceCatalogs<typeof notesEn> = {
  en: async () => (await import('./messages-en')).notesEn,
  es: async () => (await import('./messages-es')).notesEs,
  fr: async () => (await import('./messages-fr')).notesFr,
};
