import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmed, trimmedOrNull } from '../../common/text-transforms.js';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '../event.contract.js';
import { INSTANT, instantMessage } from './event-schedule.js';
import { EventStaffFields } from './event-staff-fields.dto.js';

/**
 * PUT takes the record back as GET returned it; read-only fields are ignored.
 * A change of status must follow EVENT_TRANSITIONS: held needs outcomeReport,
 * cancelled needs cancellationReason.
 */
export class UpdateEventDto extends EventStaffFields {
  @ApiPropertyOptional({ maxLength: 200 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'title must be text' })
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters long' })
  title?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IfSent()
  @IsIn(EVENT_TYPES, { message: `type must be one of: ${EVENT_TYPES.join(', ')}` })
  type?: EventType;

  @ApiPropertyOptional({ format: 'date-time' })
  @IfSent()
  @IsString({ message: instantMessage('startsAt') })
  @Matches(INSTANT, { message: instantMessage('startsAt') })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IfSent()
  @IsString({ message: instantMessage('endsAt') })
  @Matches(INSTANT, { message: instantMessage('endsAt') })
  endsAt?: string;

  @ApiPropertyOptional({ example: 'Africa/Nairobi' })
  @IfSent()
  @IsString({ message: 'timeZone must be an IANA time zone, e.g. Europe/Madrid' })
  @MaxLength(64, { message: 'timeZone must be at most 64 characters long' })
  timeZone?: string;

  @ApiPropertyOptional({ enum: EVENT_STATUSES })
  @IfSent()
  @IsIn(EVENT_STATUSES, { message: `status must be one of: ${EVENT_STATUSES.join(', ')}` })
  status?: EventStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20000, description: 'Required to mark the event held' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'outcomeReport must be text' })
  @MaxLength(20000, { message: 'outcomeReport must be at most 20000 characters long' })
  outcomeReport?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'Required to decline or cancel the event' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'cancellationReason must be text' })
  @MaxLength(2000, { message: 'cancellationReason must be at most 2000 characters long' })
  cancellationReason?: string | null;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() proposedByOrganizationId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
