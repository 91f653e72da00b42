import { ApiProperty } from '@nestjs/swagger';
import type { CountryStatusChange } from '../country-status-change.entity.js';
import { TRACKED_COUNTRY_FIELDS, type TrackedCountryField } from '../country.contract.js';

/** One change of a country's treaty facts or position, as its history lists it. */
export class CountryStatusChangeResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  countryId: string;

  @ApiProperty({ enum: TRACKED_COUNTRY_FIELDS })
  field: TrackedCountryField;

  @ApiProperty({ type: String, nullable: true, description: 'The value before, as text; null when it was unknown' })
  fromValue: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The value after, as text; null when it is unknown' })
  toValue: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'A URL or a document reference' })
  source: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who made the change; null for a correction of the reference data' })
  userId: string | null;

  @ApiProperty({ type: String, nullable: true })
  userEmail: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export function toCountryStatusChangeResponse(change: CountryStatusChange): CountryStatusChangeResponseDto {
  return {
    id: change.id,
    countryId: change.countryId,
    field: change.field,
    fromValue: change.fromValue,
    toValue: change.toValue,
    source: change.source,
    userId: change.userId,
    userEmail: change.userEmail,
    createdAt: change.createdAt.toISOString(),
  };
}
