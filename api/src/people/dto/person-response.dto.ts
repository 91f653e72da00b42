import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES } from '../../organizations/organization.contract.js';
import type { Person } from '../person.entity.js';

/** An organization a person is currently affiliated with, as lists name it. */
export class PersonOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Centro de Estudios Legales y Sociales' })
  name: string;

  @ApiProperty({ description: "The person is the organization's primary contact" })
  isPrimaryContact: boolean;
}

export class PersonResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ type: String, nullable: true, description: 'Primary e-mail, unique regardless of case' })
  email: string | null;

  @ApiProperty({ type: [String] })
  otherEmails: string[];

  @ApiProperty({ type: [String] })
  phones: string[];

  @ApiProperty({ type: String, nullable: true })
  jobTitle: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  countryId: string | null;

  @ApiProperty({ enum: LANGUAGES, isArray: true })
  languages: string[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the person agreed to be on file' })
  consentAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'membership application' })
  consentSource: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, readOnly: true, description: 'The user account of this person, if any' })
  userId: string | null;

  @ApiProperty({
    type: [PersonOrganizationDto],
    readOnly: true,
    description: 'Current affiliations (not ended), primary contacts first, then by name; changed through /api/affiliations',
  })
  organizations: PersonOrganizationDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toPersonResponse(person: Person, userId: string | null, organizations: PersonOrganizationDto[]): PersonResponseDto {
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    otherEmails: person.otherEmails,
    phones: person.phones,
    jobTitle: person.jobTitle,
    countryId: person.countryId,
    languages: person.languages,
    consentAt: person.consentAt?.toISOString() ?? null,
    consentSource: person.consentSource,
    userId,
    organizations,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
