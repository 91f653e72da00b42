import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { EVENT_TYPES, type EventType } from '../event.contract.js';

/** What a calendar app may ask of the feed: the calendar's own filters, as plain query parameters. */
export class CalendarFeedQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId?: string;

  @ApiPropertyOptional({ example: 'Africa' })
  @IsOptional()
  @IsString({ message: 'region must be text' })
  @MinLength(1, { message: 'region must not be empty' })
  @MaxLength(60, { message: 'region must be at most 60 characters long' })
  region?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES, { message: `type must be one of: ${EVENT_TYPES.join(', ')}` })
  type?: EventType;

  /** Read by the access guard (AcceptsCalendarFeedToken); documented there. */
  @IsOptional()
  @IsString({ message: 'token must be text' })
  @MaxLength(64, { message: 'token must be at most 64 characters long' })
  token?: string;
}
