import type { ResourceCatalogs } from '../i18n/catalog-type';
import type { subscriptionsEn } from './messages-en';

/** The subscriptions resource's own strings (`resources.subscriptions.*`), one module per language, each loaded only when the reader uses that language. */
export const subscriptionsMessages: ResourceCatalogs<typeof subscriptionsEn> = {
  en: async () => (await import('./messages-en')).subscriptionsEn,
  es: async () => (await import('./messages-es')).subscriptionsEs,
  fr: async () => (await import('./messages-fr')).subscriptionsFr,
};
