import type { EventStatus, EventType } from '../events/event.contract.js';
import type { ApplicationStatus } from '../membership-applications/membership-application.contract.js';
import type { MembershipStatus, OrganizationType, RightsFocus } from '../organizations/organization.contract.js';

/** A row of the countries table, as much of it as the generator needs. */
export interface DemoCountryRow {
  id: string;
  iso3: string;
  name: string;
  nameEs: string | null;
  nameFr: string | null;
  region: string;
  subregion: string;
}

export interface DemoWorkingGroup {
  name: string;
  description: string;
}

export interface DemoOrganization {
  id: string;
  name: string;
  acronym: string | null;
  type: OrganizationType;
  headquartersCountryId: string;
  /** The headquarters country first, then neighbours it also works in. */
  countryOfWorkIds: string[];
  website: string | null;
  email: string | null;
  phone: string | null;
  description: string;
  rightsFocus: RightsFocus[];
  languages: string[];
  membershipStatus: MembershipStatus;
  joinedAt: string | null;
  isSteeringCommittee: boolean;
  /** Names of DemoData.workingGroups. */
  workingGroups: string[];
  createdAt: Date;
}

export interface DemoPerson {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  otherEmails: string[];
  phones: string[];
  jobTitle: string | null;
  countryId: string;
  languages: string[];
  consentAt: Date | null;
  consentSource: string | null;
  createdAt: Date;
}

export interface DemoAffiliation {
  id: string;
  personId: string;
  organizationId: string;
  role: string;
  isPrimaryContact: boolean;
  since: string;
  until: string | null;
}

export interface DemoNote {
  id: string;
  targetType: string;
  targetId: string;
  body: string;
  authorEmail: string;
  createdAt: Date;
}

export interface DemoApplication {
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
  languages: string[];
  description: string;
  contactFirstName: string;
  contactLastName: string;
  contactEmail: string;
  contactPhone: string | null;
  contactRole: string | null;
  motivation: string;
  locale: 'en' | 'es' | 'fr';
  consentAt: Date;
  reviewedAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
}

/** A whole demo coalition, with generated ids linking its records. */
export interface DemoEvent {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  countryId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string;
  governmentAuthorityPresent: boolean;
  governmentAuthority: string | null;
  outcomeReport: string | null;
  attendance: number | null;
  proposedByOrganizationId: string;
  organizerIds: string[];
  createdAt: Date;
}

export interface DemoData {
  workingGroups: DemoWorkingGroup[];
  organizations: DemoOrganization[];
  people: DemoPerson[];
  affiliations: DemoAffiliation[];
  notes: DemoNote[];
  applications: DemoApplication[];
  events: DemoEvent[];
}
