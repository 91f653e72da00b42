import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import {
  SUBSCRIPTION_ENDERS,
  SUBSCRIPTION_SOURCES,
  SUBSCRIPTION_STATUSES,
  SYNC_STATES,
  type SubscriptionEnder,
  type SubscriptionSource,
  type SubscriptionStatus,
  type SyncState,
} from '../mailing.contract.js';

export class CreateSubscriptionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mailingListId must be a UUID' })
  mailingListId: string;

  @ApiPropertyOptional({ enum: SUBSCRIPTION_STATUSES, default: 'subscribed' })
  @IfSent()
  @IsIn(SUBSCRIPTION_STATUSES, { message: `status must be one of: ${SUBSCRIPTION_STATUSES.join(', ')}` })
  status?: SubscriptionStatus;
}

/** PUT takes the record back as GET returned it: only `status` changes; person and list are fixed. */
export class UpdateSubscriptionDto {
  @ApiPropertyOptional({ enum: SUBSCRIPTION_STATUSES })
  @IfSent()
  @IsIn(SUBSCRIPTION_STATUSES, { message: `status must be one of: ${SUBSCRIPTION_STATUSES.join(', ')}` })
  status?: SubscriptionStatus;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() personId?: unknown;
  @ReadOnlyField() personName?: unknown;
  @ReadOnlyField() personEmail?: unknown;
  @ReadOnlyField() mailingListId?: unknown;
  @ReadOnlyField() mailingListName?: unknown;
  @ReadOnlyField() source?: unknown;
  @ReadOnlyField() ruleId?: unknown;
  @ReadOnlyField() subscribedAt?: unknown;
  @ReadOnlyField() unsubscribedAt?: unknown;
  @ReadOnlyField() endedBy?: unknown;
  @ReadOnlyField() syncState?: unknown;
  @ReadOnlyField() lastSyncedAt?: unknown;
  @ReadOnlyField() lastError?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class SubscriptionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ type: String, nullable: true }) personEmail: string | null;
  @ApiProperty({ format: 'uuid' }) mailingListId: string;
  @ApiProperty() mailingListName: string;
  @ApiProperty({ enum: SUBSCRIPTION_STATUSES }) status: SubscriptionStatus;
  @ApiProperty({ enum: SUBSCRIPTION_SOURCES }) source: SubscriptionSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ruleId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) subscribedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) unsubscribedAt: string | null;
  @ApiProperty({ enum: [...SUBSCRIPTION_ENDERS, null], nullable: true }) endedBy: SubscriptionEnder | null;
  @ApiProperty({ enum: SYNC_STATES }) syncState: SyncState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSyncedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The provider's last refusal or the last failed try" }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A list as a member sees it in "My profile": whether they are on it. */
export class MySubscriptionDto {
  @ApiProperty({ format: 'uuid' }) mailingListId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['en', 'es', 'fr'] }) language: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: [...SUBSCRIPTION_STATUSES, null], nullable: true, description: 'null: never subscribed' }) status: SubscriptionStatus | null;
}

export class UpdateMySubscriptionDto {
  @ApiProperty({ description: 'true to join the list, false to leave it' })
  @IsBoolean({ message: 'subscribed must be true or false' })
  subscribed: boolean;
}
