import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmed, trimmedOrNull } from '../../common/text-transforms.js';
import {
  LIST_KEY_PATTERN,
  MAILING_AUDIENCES,
  MAILING_LANGUAGES,
  MAILING_PROVIDER_KINDS,
  type MailingAudience,
  type MailingLanguage,
  type MailingProviderKind,
} from '../mailing.contract.js';
import type { MailingList } from '../mailing-list.entity.js';

const KEY_MESSAGE = 'key must be 2 to 63 lower-case letters, digits and dashes, starting with a letter or digit';

export class CreateMailingListDto {
  @ApiProperty({ maxLength: 200, example: 'Members (Spanish)' })
  @Transform(trimmed)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name: string;

  @ApiProperty({ maxLength: 63, example: 'members-es', description: "The list's slug at its provider; unique" })
  @IsString({ message: KEY_MESSAGE })
  @Matches(LIST_KEY_PATTERN, { message: KEY_MESSAGE })
  key: string;

  @ApiProperty({ enum: MAILING_LANGUAGES })
  @IsIn(MAILING_LANGUAGES, { message: `language must be one of: ${MAILING_LANGUAGES.join(', ')}` })
  language: MailingLanguage;

  @ApiProperty({ enum: MAILING_AUDIENCES })
  @IsIn(MAILING_AUDIENCES, { message: `audience must be one of: ${MAILING_AUDIENCES.join(', ')}` })
  audience: MailingAudience;

  @ApiPropertyOptional({ enum: MAILING_PROVIDER_KINDS, default: 'none' })
  @IfSent()
  @IsIn(MAILING_PROVIDER_KINDS, { message: `provider must be one of: ${MAILING_PROVIDER_KINDS.join(', ')}` })
  provider?: MailingProviderKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'description must be text' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters long' })
  description?: string | null;
}

/** PUT takes the record back as GET returned it; the key is fixed once the list exists at its provider. */
export class UpdateMailingListDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name?: string;

  @ApiPropertyOptional({ maxLength: 63 })
  @IfSent()
  @IsString({ message: KEY_MESSAGE })
  @Matches(LIST_KEY_PATTERN, { message: KEY_MESSAGE })
  key?: string;

  @ApiPropertyOptional({ enum: MAILING_LANGUAGES })
  @IfSent()
  @IsIn(MAILING_LANGUAGES, { message: `language must be one of: ${MAILING_LANGUAGES.join(', ')}` })
  language?: MailingLanguage;

  @ApiPropertyOptional({ enum: MAILING_AUDIENCES })
  @IfSent()
  @IsIn(MAILING_AUDIENCES, { message: `audience must be one of: ${MAILING_AUDIENCES.join(', ')}` })
  audience?: MailingAudience;

  @ApiPropertyOptional({ enum: MAILING_PROVIDER_KINDS })
  @IfSent()
  @IsIn(MAILING_PROVIDER_KINDS, { message: `provider must be one of: ${MAILING_PROVIDER_KINDS.join(', ')}` })
  provider?: MailingProviderKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'description must be text' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters long' })
  description?: string | null;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() providerListId?: unknown;
  @ReadOnlyField() providerConfigured?: unknown;
  @ReadOnlyField() reconciledAt?: unknown;
  @ReadOnlyField() counts?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class MailingListCountsDto {
  @ApiProperty() subscribed: number;
  @ApiProperty() pending: number;
  @ApiProperty() unsubscribed: number;
  @ApiProperty() bounced: number;
  @ApiProperty({ description: 'Subscriptions with a change the provider has not confirmed yet' }) unsynced: number;
  @ApiProperty({ description: 'Subscriptions whose last change the provider refused or that ran out of tries' }) failed: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a change of this list last reached the provider' })
  lastSyncedAt: string | null;
}

export class MailingListResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() key: string;
  @ApiProperty({ enum: MAILING_LANGUAGES }) language: MailingLanguage;
  @ApiProperty({ enum: MAILING_AUDIENCES }) audience: MailingAudience;
  @ApiProperty({ enum: MAILING_PROVIDER_KINDS }) provider: MailingProviderKind;
  @ApiProperty({ description: "Whether this server has the address and credentials of the list's provider" }) providerConfigured: boolean;
  @ApiProperty({ type: String, nullable: true }) providerListId: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reconciledAt: string | null;
  @ApiProperty({ type: MailingListCountsDto }) counts: MailingListCountsDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toMailingListResponse(list: MailingList, providerConfigured: boolean, counts: MailingListCountsDto): MailingListResponseDto {
  return {
    id: list.id,
    name: list.name,
    key: list.key,
    language: list.language,
    audience: list.audience,
    provider: list.provider,
    providerConfigured,
    providerListId: list.providerListId,
    description: list.description,
    reconciledAt: list.reconciledAt?.toISOString() ?? null,
    counts,
    createdAt: list.createdAt.toISOString(),
    updatedAt: list.updatedAt.toISOString(),
  };
}

export const EMPTY_COUNTS: MailingListCountsDto = { subscribed: 0, pending: 0, unsubscribed: 0, bounced: 0, unsynced: 0, failed: 0, lastSyncedAt: null };
