import { APPLICATION_STATUSES, type ApplicationStatus } from '@contract/membership-applications/membership-application.contract';
import type { Schema } from '../api/schema';

export const APPLICATION_STATUS_CHOICES: Array<{ id: ApplicationStatus; name: string }> = APPLICATION_STATUSES.map((status) => ({
  id: status,
  name: `resources.membership-applications.status.${status}`,
}));

export type DuplicateReason = OrganizationDuplicate['reason'];

export type OrganizationDuplicate = Schema<'OrganizationDuplicateDto'>;

export type PersonDuplicate = Schema<'PersonDuplicateDto'>;

export type ApplicationDuplicate = Schema<'ApplicationDuplicateDto'>;

export type ApplicationDuplicates = Schema<'ApplicationDuplicatesDto'>;

/** An application as `GET /api/membership-applications` lists it. */
export type MembershipApplicationRecord = Schema<'MembershipApplicationResponseDto'> & Partial<Pick<Schema<'MembershipApplicationDetailDto'>, 'duplicates'>>;

/** What `POST /api/membership-applications/:id/approve` answers: the records created or linked. */
export type ApplicationApproval = Schema<'ApplicationApprovalDto'>;

export const countDuplicates = (duplicates: ApplicationDuplicates | undefined): number =>
  duplicates ? duplicates.organizations.length + duplicates.people.length + duplicates.applications.length : 0;
