import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { AcceptsNotes } from '../notes/note-target.decorator.js';
import type { OrganizationType } from '../organizations/organization.contract.js';
import type { ApplicationStatus } from './membership-application.contract.js';

/** The public membership form, as submitted, and its review. */
@AcceptsNotes('membership_application')
@AuditEntityType('MembershipApplication')
@Entity('membership_applications')
export class MembershipApplication extends BaseEntity {
  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 200 })
  organizationName: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  organizationAcronym: string | null;

  @Column({ type: 'varchar', length: 20 })
  organizationType: OrganizationType;

  @Column({ type: 'varchar', length: 300, nullable: true })
  organizationWebsite: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  organizationEmail: string | null;

  @Column({ type: 'uuid' })
  headquartersCountryId: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  countriesOfWorkIds: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  rightsFocus: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 100 })
  contactFirstName: string;

  @Column({ type: 'varchar', length: 100 })
  contactLastName: string;

  @Column({ type: 'varchar', length: 254 })
  contactEmail: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  contactRole: string | null;

  @Column({ type: 'text' })
  motivation: string;

  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale: string;

  @Column({ type: 'timestamptz' })
  consentAt: Date;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;
}
