import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { messageTemplatesEn } from './messages-en';

/** The message-templates resource's own strings (`resources.message-templates.*`), one module per language, each loaded only when the reader uses that language. */
export const messageTemplatesMessages: ResourceCatalogs<typeof messageTemplatesEn> = {
  en: async () => (await import('./messages-en')).messageTemplatesEn,
  es: async () => (await import('./messages-es')).messageTemplatesEs,
  fr: async () => (await import('./messages-fr')).messageTemplatesFr,
};
