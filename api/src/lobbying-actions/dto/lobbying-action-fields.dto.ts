import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { trimmedOrNull, uniqueList } from '../../common/text-transforms.js';
import { DATE } from '../../common/validation-patterns.js';
import { LOBBYING_ACTION_STATUSES, LOBBYING_ASKS, type LobbyingActionStatus, type LobbyingAsk } from '../lobbying-action.contract.js';

export const MAX_TARGETS = 50;
export const MAX_ORGANIZATIONS = 100;

/** The optional fields create and update share, each rule declared once. */
export class LobbyingActionFields {
  @ApiPropertyOptional({ enum: LOBBYING_ASKS, isArray: true, description: 'What the coalition asked for' })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'asks must be a list' })
  @IsIn(LOBBYING_ASKS, { each: true, message: `asks must hold only: ${LOBBYING_ASKS.join(', ')}` })
  asks?: LobbyingAsk[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20000 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'description must be text' })
  @MaxLength(20000, { message: 'description must be at most 20000 characters long' })
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20000, description: 'The response or outcome' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'outcome must be text' })
  @MaxLength(20000, { message: 'outcome must be at most 20000 characters long' })
  outcome?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'When to follow up: not before the action; creates or moves its follow-up task',
  })
  @IfSentNotNull()
  @Matches(DATE, { message: 'followUpAt must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'followUpAt must be a date (YYYY-MM-DD)' })
  followUpAt?: string | null;

  @ApiPropertyOptional({ enum: LOBBYING_ACTION_STATUSES, default: 'done' })
  @IfSent()
  @IsIn(LOBBYING_ACTION_STATUSES, { message: `status must be one of: ${LOBBYING_ACTION_STATUSES.join(', ')}` })
  status?: LobbyingActionStatus;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_TARGETS, description: 'The authorities addressed, of the action’s country' })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'authorityIds must be a list' })
  @ArrayMaxSize(MAX_TARGETS, { message: `authorityIds holds at most ${MAX_TARGETS} authorities` })
  @IsUUID('all', { each: true, message: 'authorityIds must hold UUIDs' })
  authorityIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_ORGANIZATIONS, description: 'Organizations involved; for a letter, its co-signatories' })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'organizationIds must be a list' })
  @ArrayMaxSize(MAX_ORGANIZATIONS, { message: `organizationIds holds at most ${MAX_ORGANIZATIONS} organizations` })
  @IsUUID('all', { each: true, message: 'organizationIds must hold UUIDs' })
  organizationIds?: string[];
}
