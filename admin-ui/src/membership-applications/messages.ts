import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { membershipApplicationsEn } from './messages-en';

/**
 * The membership-applications resource's own strings (`resources.membership-applications.*`), one module per language,
 * each loaded only when the reader uses that language (the public form at /join loads them the same way).
 */
export const membershipApplicationsMessages: ResourceCatalogs<typeof membershipApplicationsEn> = {
  en: async () => (await import('./messages-en')).membershipApplicationsEn,
  es: async () => (await import('./messages-es')).membershipApplicationsEs,
  fr: async () => (await import('./messages-fr')).membershipApplicationsFr,
};
