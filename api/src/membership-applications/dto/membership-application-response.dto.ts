import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, ORGANIZATION_TYPES, RIGHTS_FOCUS, type OrganizationType } from '../../organizations/organization.contract.js';
import { APPLICATION_LOCALES } from '../application-mails.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../membership-application.contract.js';
import type { MembershipApplication } from '../membership-application.entity.js';

/** An application as the secretariat reviews it (staff only: it holds the applicant's contact data). */
export class MembershipApplicationResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: APPLICATION_STATUSES })
  status: ApplicationStatus;

  @ApiProperty()
  organizationName: string;

  @ApiProperty({ type: String, nullable: true })
  organizationAcronym: string | null;

  @ApiProperty({ enum: ORGANIZATION_TYPES })
  organizationType: OrganizationType;

  @ApiProperty({ type: String, nullable: true })
  organizationWebsite: string | null;

  @ApiProperty({ type: String, nullable: true })
  organizationEmail: string | null;

  @ApiProperty({ format: 'uuid' })
  headquartersCountryId: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  countriesOfWorkIds: string[];

  @ApiProperty({ enum: RIGHTS_FOCUS, isArray: true })
  rightsFocus: string[];

  @ApiProperty({ enum: LANGUAGES, isArray: true })
  languages: string[];

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty()
  contactFirstName: string;

  @ApiProperty()
  contactLastName: string;

  @ApiProperty()
  contactEmail: string;

  @ApiProperty({ type: String, nullable: true })
  contactPhone: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactRole: string | null;

  @ApiProperty()
  motivation: string;

  @ApiProperty({ enum: APPLICATION_LOCALES })
  locale: string;

  @ApiProperty({ format: 'date-time', description: 'When the applicant agreed that the coalition stores these data' })
  consentAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reviewedById: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reviewedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  rejectionReason: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set on approval' })
  organizationId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set on approval' })
  personId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set on approval' })
  userId: string | null;

  @ApiProperty({
    description:
      'A pending application whose contact or organization may already be known: another application with the same contact e-mail, ' +
      'a person with that e-mail or a similar name, an organization with the same e-mail or a similar name in the same country',
  })
  hasDuplicates: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toMembershipApplicationResponse(application: MembershipApplication, hasDuplicates: boolean): MembershipApplicationResponseDto {
  return {
    id: application.id,
    status: application.status,
    organizationName: application.organizationName,
    organizationAcronym: application.organizationAcronym,
    organizationType: application.organizationType,
    organizationWebsite: application.organizationWebsite,
    organizationEmail: application.organizationEmail,
    headquartersCountryId: application.headquartersCountryId,
    countriesOfWorkIds: application.countriesOfWorkIds,
    rightsFocus: application.rightsFocus,
    languages: application.languages,
    description: application.description,
    contactFirstName: application.contactFirstName,
    contactLastName: application.contactLastName,
    contactEmail: application.contactEmail,
    contactPhone: application.contactPhone,
    contactRole: application.contactRole,
    motivation: application.motivation,
    locale: application.locale,
    consentAt: application.consentAt.toISOString(),
    reviewedById: application.reviewedById,
    reviewedAt: application.reviewedAt?.toISOString() ?? null,
    rejectionReason: application.rejectionReason,
    organizationId: application.organizationId,
    personId: application.personId,
    userId: application.userId,
    hasDuplicates,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}
