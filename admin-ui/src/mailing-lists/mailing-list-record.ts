import {
  MAILING_AUDIENCES,
  MAILING_LANGUAGES,
  MAILING_PROVIDER_KINDS,
  type MailingAudience,
  type MailingLanguage,
  type MailingProviderKind,
} from '@contract/mailing/mailing.contract';
import type { Schema } from '../api/schema';

/** A mailing list as `GET /api/mailing-lists/:id` returns it. */
export type MailingListRecord = Schema<'MailingListResponseDto'>;

export const LANGUAGE_CHOICES: Array<{ id: MailingLanguage; name: string }> = MAILING_LANGUAGES.map((id) => ({
  id,
  name: `resources.mailing-lists.language.${id}`,
}));
export const AUDIENCE_CHOICES: Array<{ id: MailingAudience; name: string }> = MAILING_AUDIENCES.map((id) => ({
  id,
  name: `resources.mailing-lists.audience.${id}`,
}));
export const PROVIDER_CHOICES: Array<{ id: MailingProviderKind; name: string }> = MAILING_PROVIDER_KINDS.map((id) => ({
  id,
  name: `resources.mailing-lists.provider.${id}`,
}));
