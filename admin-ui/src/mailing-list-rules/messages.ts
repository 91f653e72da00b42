import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { mailingListRulesEn } from './messages-en';

/** The mailing-list-rules resource's own strings (`resources.mailing-list-rules.*`), one module per language, each loaded only when the reader uses that language. */
export const mailingListRulesMessages: ResourceCatalogs<typeof mailingListRulesEn> = {
  en: async () => (await import('./messages-en')).mailingListRulesEn,
  es: async () => (await import('./messages-es')).mailingListRulesEs,
  fr: async () => (await import('./messages-fr')).mailingListRulesFr,
};
