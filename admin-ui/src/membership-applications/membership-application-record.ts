import { APPLICATION_STATUSES, type ApplicationStatus } from '@contract/membership-applications/membership-application.contract';
import type { Language, OrganizationType, RightsFocus } from '@contract/organizations/organization.contract';

export const APPLICATION_STATUS_CHOICES: Array<{ id: ApplicationStatus; name: string }> = APPLICATION_STATUSES.map((status) => ({
  id: status,
  name: `app.applications.status.${status}`,
}));

export type DuplicateReason = 'same_email' | 'similar_name';

export type OrganizationDuplicate = {
  id: string;
  name: string;
  acronym: string | null;
  headquartersCountryId: string | null;
  membershipStatus: string;
  reason: DuplicateReason;
  score: number;
};

export type PersonDuplicate = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  countryId: string | null;
  reason: DuplicateReason;
  score: number;
};

export type ApplicationDuplicate = {
  id: string;
  organizationName: string;
  contactEmail: string;
  status: ApplicationStatus;
  createdAt: string;
};

export type ApplicationDuplicates = {
  organizations: OrganizationDuplicate[];
  people: PersonDuplicate[];
  applications: ApplicationDuplicate[];
};

/** An application as `GET /api/membership-applications` lists it. */
export type MembershipApplicationRecord = {
  id: string;
  status: ApplicationStatus;
  organizationName: string;
  organizationAcronym: string | null;
  organizationType: OrganizationType;
  organizationWebsite: string | null;
  organizationEmail: string | null;
  headquartersCountryId: string;
  countriesOfWorkIds: string[];
  rightsFocus: RightsFocus[];
  languages: Language[];
  description: string | null;
  contactFirstName: string;
  contactLastName: string;
  contactEmail: string;
  contactPhone: string | null;
  contactRole: string | null;
  motivation: string;
  locale: string;
  consentAt: string;
  reviewedById: string | null;
  reviewedAt: string | null;
  rejectionReason: string | null;
  organizationId: string | null;
  personId: string | null;
  userId: string | null;
  hasDuplicates: boolean;
  createdAt: string;
  updatedAt: string;
  /** Only in `GET /api/membership-applications/:id`; empty once reviewed. */
  duplicates?: ApplicationDuplicates;
};

/** What `POST /api/membership-applications/:id/approve` answers: the records created or linked. */
export type ApplicationApproval = {
  organizationId: string;
  personId: string;
  userId: string;
};

export const countDuplicates = (duplicates: ApplicationDuplicates | undefined): number =>
  duplicates ? duplicates.organizations.length + duplicates.people.length + duplicates.applications.length : 0;
