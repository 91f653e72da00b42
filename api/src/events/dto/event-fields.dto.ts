import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { trimmedOrNull, uniqueList } from '../../common/text-transforms.js';
import { EVENT_SUPPORT_KINDS, type EventSupportKind } from '../event.contract.js';

export const MAX_ORGANIZERS = 50;

/** The optional fields create and update share, each rule declared once. */
export class EventFields {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'description must be text' })
  @MaxLength(10000, { message: 'description must be at most 10000 characters long' })
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Null for a global event' })
  @IfSentNotNull()
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId?: string | null;

  @ApiPropertyOptional({ default: false, description: 'A whole day (campaign days): the feed gives it as a date' })
  @IfSent()
  @IsBoolean({ message: 'allDay must be true or false' })
  allDay?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'location must be text' })
  @MaxLength(300, { message: 'location must be at most 300 characters long' })
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: 'https://meet.example.org/op-icescr' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'onlineUrl must be text' })
  @MaxLength(2000, { message: 'onlineUrl must be at most 2000 characters long' })
  @Matches(/^https?:\/\/\S+$/i, { message: 'onlineUrl must be an http(s) address' })
  onlineUrl?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_ORGANIZERS, description: 'Organizing organizations' })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'organizerIds must be a list' })
  @ArrayMaxSize(MAX_ORGANIZERS, { message: `organizerIds holds at most ${MAX_ORGANIZERS} organizations` })
  @IsUUID('all', { each: true, message: 'organizerIds must hold UUIDs' })
  organizerIds?: string[];

  @ApiPropertyOptional({ enum: EVENT_SUPPORT_KINDS, isArray: true, description: 'Support asked of the coalition' })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'supportRequested must be a list' })
  @IsIn(EVENT_SUPPORT_KINDS, { each: true, message: `supportRequested must hold only: ${EVENT_SUPPORT_KINDS.join(', ')}` })
  supportRequested?: EventSupportKind[];

  @ApiPropertyOptional({ default: false, description: 'A national authority takes part (invited or present)' })
  @IfSent()
  @IsBoolean({ message: 'governmentAuthorityPresent must be true or false' })
  governmentAuthorityPresent?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, description: 'Who represents the authorities' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'governmentAuthority must be text' })
  @MaxLength(300, { message: 'governmentAuthority must be at most 300 characters long' })
  governmentAuthority?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 })
  @IfSentNotNull()
  @IsInt({ message: 'attendance must be a whole number' })
  @Min(0, { message: 'attendance must not be negative' })
  attendance?: number | null;
}
