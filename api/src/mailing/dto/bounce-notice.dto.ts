import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { LIST_KEY_PATTERN } from '../mailing.contract.js';

export const BOUNCE_KINDS = ['hard', 'soft', 'complaint', 'unsubscribe'] as const;
export type BounceKind = (typeof BOUNCE_KINDS)[number];

/** A provider's notice of a bounce, a complaint or an opt-out. */
export class BounceNoticeDto {
  @ApiProperty({ example: 'someone@example.org' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ enum: BOUNCE_KINDS, description: 'hard and complaint stop delivery (bounced), unsubscribe ends the subscription, soft is only counted' })
  @IsIn(BOUNCE_KINDS, { message: `kind must be one of: ${BOUNCE_KINDS.join(', ')}` })
  kind: BounceKind;

  @ApiPropertyOptional({ description: "The list's key; every list when left out" })
  @IfSent()
  @IsString({ message: 'listKey must be a list key' })
  @Matches(LIST_KEY_PATTERN, { message: 'listKey must be a list key' })
  listKey?: string;
}

export class BounceResultDto {
  @ApiProperty({ description: 'Subscriptions changed by the notice' }) applied: number;
}
