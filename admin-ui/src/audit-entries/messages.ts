import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { auditEntriesEn } from './messages-en';

/** The audit-entries resource's own strings (`resources.audit-entries.*`), one module per language, each loaded only when the reader uses that language. */
export const auditEntriesMessages: ResourceCatalogs<typeof auditEntriesEn> = {
  en: async () => (await import('./messages-en')).auditEntriesEn,
  es: async () => (await import('./messages-es')).auditEntriesEs,
  fr: async () => (await import('./messages-fr')).auditEntriesFr,
};
