import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { tasksEn } from './messages-en';

/** The tasks resource's own strings (`resources.tasks.*`), one module per language, each loaded only when the reader uses that language. */
export const tasksMessages: ResourceCatalogs<typeof tasksEn> = {
  en: async () => (await import('./messages-en')).tasksEn,
  es: async () => (await import('./messages-es')).tasksEs,
  fr: async () => (await import('./messages-fr')).tasksFr,
};
