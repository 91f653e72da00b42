import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { lobbyingActionsEn } from './messages-en';

/** The lobbying-actions resource's own strings (`resources.lobbying-actions.*`), one module per language, each loaded only when the reader uses that language. */
export const lobbyingActionsMessages: ResourceCatalogs<typeof lobbyingActionsEn> = {
  en: async () => (await import('./messages-en')).lobbyingActionsEn,
  es: async () => (await import('./messages-es')).lobbyingActionsEs,
  fr: async () => (await import('./messages-fr')).lobbyingActionsFr,
};
