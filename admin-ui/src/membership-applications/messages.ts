import type { ResourceCatalogs } from '../i18n/catalog-type';
import { membershipApplicationsEn } from './messages-en';
import { membershipApplicationsEs } from './messages-es';
import { membershipApplicationsFr } from './messages-fr';

/**
 * The membership-applications resource's own strings (`resources.membership-applications.*`): labels, choices and messages.
 * One module per language, so that the public form at /join loads only the reader's.
 */
export const membershipApplicationsMessages: ResourceCatalogs<typeof membershipApplicationsEn> = {
  en: membershipApplicationsEn,
  es: membershipApplicationsEs,
  fr: membershipApplicationsFr,
};
