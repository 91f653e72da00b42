import type { AppConfig } from '../../config/app-config.js';
import { ListmonkProvider } from './listmonk.provider.js';
import type { MailingProvider } from './mailing-provider.js';
import { MailmanProvider } from './mailman.provider.js';

/** Builds a provider from the configuration, or null when its address or credentials are not set. */
export type ProviderBuilder = (config: AppConfig) => MailingProvider | null;

/**
 * The providers this build knows, by the kind a mailing list names. A kind
 * missing here (or whose builder answers null) is "not configured": its
 * lists' changes wait in the outbox until it is.
 */
export const PROVIDER_BUILDERS: Partial<Record<MailingProvider['kind'], ProviderBuilder>> = {
  listmonk: (config) =>
    config.LISTMONK_URL && config.LISTMONK_USER && config.LISTMONK_TOKEN
      ? new ListmonkProvider({
          url: config.LISTMONK_URL,
          user: config.LISTMONK_USER,
          token: config.LISTMONK_TOKEN,
          timeoutMs: config.MAILING_PROVIDER_TIMEOUT_MS,
        })
      : null,
  mailman: (config) =>
    config.MAILMAN_REST_URL && config.MAILMAN_REST_USER && config.MAILMAN_REST_PASSWORD
      ? new MailmanProvider({
          url: config.MAILMAN_REST_URL,
          user: config.MAILMAN_REST_USER,
          password: config.MAILMAN_REST_PASSWORD,
          timeoutMs: config.MAILING_PROVIDER_TIMEOUT_MS,
          mailHost: config.MAILMAN_MAIL_HOST,
        })
      : null,
};
