import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { trimmed } from '../../common/text-transforms.js';
import { DATE } from '../../common/validation-patterns.js';
import { LOBBYING_ACTION_TYPES, type LobbyingActionType } from '../lobbying-action.contract.js';
import { LobbyingActionFields } from './lobbying-action-fields.dto.js';

/** A member records actions for its organizations' countries, its organization among those involved. */
export class CreateLobbyingActionDto extends LobbyingActionFields {
  @ApiProperty({ enum: LOBBYING_ACTION_TYPES })
  @IsIn(LOBBYING_ACTION_TYPES, { message: `type must be one of: ${LOBBYING_ACTION_TYPES.join(', ')}` })
  type: LobbyingActionType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId: string;

  @ApiProperty({ format: 'date', example: '2026-11-20' })
  @Matches(DATE, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  occurredOn: string;

  @ApiProperty({ maxLength: 300, example: 'Letter to the Minister of Foreign Affairs asking for ratification' })
  @Transform(trimmed)
  @IsString({ message: 'title must be text' })
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters long' })
  title: string;
}
