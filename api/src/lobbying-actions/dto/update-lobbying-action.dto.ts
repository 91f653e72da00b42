import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmed } from '../../common/text-transforms.js';
import { DATE } from '../../common/validation-patterns.js';
import { LOBBYING_ACTION_TYPES, type LobbyingActionType } from '../lobbying-action.contract.js';
import { LobbyingActionFields } from './lobbying-action-fields.dto.js';

/** PUT takes the record back as GET returned it; a new followUpAt moves the follow-up task. */
export class UpdateLobbyingActionDto extends LobbyingActionFields {
  @ApiPropertyOptional({ enum: LOBBYING_ACTION_TYPES })
  @IfSent()
  @IsIn(LOBBYING_ACTION_TYPES, { message: `type must be one of: ${LOBBYING_ACTION_TYPES.join(', ')}` })
  type?: LobbyingActionType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfSent()
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IfSent()
  @Matches(DATE, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  occurredOn?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'title must be text' })
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters long' })
  title?: string;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() targets?: unknown;
  @ReadOnlyField() recordedByOrganizationId?: unknown;
  @ReadOnlyField() createdByUserId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
