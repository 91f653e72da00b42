import { ApiProperty } from '@nestjs/swagger';
import type { Affiliation } from '../affiliation.entity.js';

export class AffiliationResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ readOnly: true, description: 'First and last name of the person' })
  personName: string;

  @ApiProperty({ readOnly: true })
  organizationName: string;

  @ApiProperty({ type: String, nullable: true, example: 'Campaign officer' })
  role: string | null;

  @ApiProperty()
  isPrimaryContact: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  since: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Empty while the affiliation lasts' })
  until: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** Maps an affiliation loaded with its person's and organization's names. */
export function toAffiliationResponse(affiliation: Affiliation): AffiliationResponseDto {
  const person = affiliation.person;
  return {
    id: affiliation.id,
    personId: affiliation.personId,
    organizationId: affiliation.organizationId,
    personName: person ? `${person.firstName} ${person.lastName}` : '',
    organizationName: affiliation.organization?.name ?? '',
    role: affiliation.role,
    isPrimaryContact: affiliation.isPrimaryContact,
    since: affiliation.since,
    until: affiliation.until,
    createdAt: affiliation.createdAt.toISOString(),
    updatedAt: affiliation.updatedAt.toISOString(),
  };
}
