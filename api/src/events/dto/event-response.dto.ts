import { ApiProperty } from '@nestjs/swagger';
import { EVENT_STATUSES, EVENT_SUPPORT_KINDS, EVENT_TYPES, type EventStatus, type EventSupportKind, type EventType } from '../event.contract.js';
import type { Event } from '../event.entity.js';

export class EventResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: EVENT_TYPES })
  type: EventType;

  @ApiProperty({ enum: EVENT_STATUSES })
  status: EventStatus;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  countryId: string | null;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ example: 'America/Bogota' })
  timeZone: string;

  @ApiProperty()
  allDay: boolean;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ type: String, nullable: true })
  onlineUrl: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  organizerIds: string[];

  @ApiProperty({ enum: EVENT_SUPPORT_KINDS, isArray: true })
  supportRequested: EventSupportKind[];

  @ApiProperty({ enum: EVENT_SUPPORT_KINDS, isArray: true })
  supportGiven: EventSupportKind[];

  @ApiProperty()
  governmentAuthorityPresent: boolean;

  @ApiProperty({ type: String, nullable: true })
  governmentAuthority: string | null;

  @ApiProperty({ type: String, nullable: true })
  outcomeReport: string | null;

  @ApiProperty({ type: String, nullable: true })
  cancellationReason: string | null;

  @ApiProperty({ type: Number, nullable: true })
  attendance: number | null;

  @ApiProperty()
  isPublic: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  proposedByOrganizationId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toEventResponse(event: Event, organizerIds: readonly string[]): EventResponseDto {
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    status: event.status,
    description: event.description,
    countryId: event.countryId,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    allDay: event.allDay,
    location: event.location,
    onlineUrl: event.onlineUrl,
    organizerIds: [...organizerIds],
    supportRequested: event.supportRequested,
    supportGiven: event.supportGiven,
    governmentAuthorityPresent: event.governmentAuthorityPresent,
    governmentAuthority: event.governmentAuthority,
    outcomeReport: event.outcomeReport,
    cancellationReason: event.cancellationReason,
    attendance: event.attendance,
    isPublic: event.isPublic,
    proposedByOrganizationId: event.proposedByOrganizationId,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
  };
}
