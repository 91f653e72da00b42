import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { ratificationStepsEn } from './messages-en';

/** The ratification-steps resource's own strings (`resources.ratification-steps.*`), one module per language, each loaded only when the reader uses that language. */
export const ratificationStepsMessages: ResourceCatalogs<typeof ratificationStepsEn> = {
  en: async () => (await import('./messages-en')).ratificationStepsEn,
  es: async () => (await import('./messages-es')).ratificationStepsEs,
  fr: async () => (await import('./messages-fr')).ratificationStepsFr,
};
