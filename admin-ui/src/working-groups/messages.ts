import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { workingGroupsEn } from './messages-en';

/** The working-groups resource's own strings (`resources.working-groups.*`), one module per language, each loaded only when the reader uses that language. */
export const workingGroupsMessages: ResourceCatalogs<typeof workingGroupsEn> = {
  en: async () => (await import('./messages-en')).workingGroupsEn,
  es: async () => (await import('./messages-es')).workingGroupsEs,
  fr: async () => (await import('./messages-fr')).workingGroupsFr,
};
