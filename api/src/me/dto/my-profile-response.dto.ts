import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES } from '../../organizations/organization-enums.js';
import type { Person } from '../../people/person.entity.js';

/** The member's own contact record. */
export class MyProfileResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ type: String, nullable: true, description: 'The contact e-mail of the person record' })
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

  @ApiProperty({ type: String, format: 'date-time', nullable: true, readOnly: true })
  consentAt: string | null;

  @ApiProperty({ type: String, nullable: true, readOnly: true })
  consentSource: string | null;

  @ApiProperty({ readOnly: true, description: 'The e-mail to log in with; changing the contact e-mail does not change it' })
  loginEmail: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toMyProfileResponse(person: Person, loginEmail: string): MyProfileResponseDto {
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
    loginEmail,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
