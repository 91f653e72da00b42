import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { trimmed } from '../../common/text-transforms.js';
import { EVENT_TYPES, type EventType } from '../event.contract.js';
import { INSTANT, instantMessage } from './event-schedule.js';
import { EventStaffFields } from './event-staff-fields.dto.js';

/** A member proposes an event (status proposed); the secretariat creates planned ones. */
export class CreateEventDto extends EventStaffFields {
  @ApiProperty({ maxLength: 200, example: 'National dialogue on the OP-ICESCR with the Ministry of Foreign Affairs' })
  @Transform(trimmed)
  @IsString({ message: 'title must be text' })
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters long' })
  title: string;

  @ApiProperty({ enum: EVENT_TYPES })
  @IsIn(EVENT_TYPES, { message: `type must be one of: ${EVENT_TYPES.join(', ')}` })
  type: EventType;

  @ApiProperty({ format: 'date-time', example: '2026-12-10T09:00:00-05:00' })
  @IsString({ message: instantMessage('startsAt') })
  @Matches(INSTANT, { message: instantMessage('startsAt') })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-10T13:00:00-05:00' })
  @IsString({ message: instantMessage('endsAt') })
  @Matches(INSTANT, { message: instantMessage('endsAt') })
  endsAt: string;

  @ApiProperty({ example: 'America/Bogota', description: 'IANA time zone where the event takes place' })
  @IsString({ message: 'timeZone must be an IANA time zone, e.g. Europe/Madrid' })
  @MaxLength(64, { message: 'timeZone must be at most 64 characters long' })
  timeZone: string;
}
