import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { Country } from '../countries/country.entity.js';
import { AcceptsNotes } from '../notes/note-target.decorator.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import type { MembershipStatus, OrganizationType } from './organization.contract.js';

@AcceptsNotes('organization')
@AuditEntityType('Organization')
@Entity('organizations')
export class Organization extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym: string | null;

  @Column({ type: 'varchar', length: 20, default: 'ngo' })
  type: OrganizationType;

  @Column({ type: 'uuid', nullable: true })
  headquartersCountryId: string | null;

  @ManyToOne(() => Country, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'headquarters_country_id' })
  headquartersCountry?: Country | null;

  @ManyToMany(() => Country)
  @JoinTable({
    name: 'organization_countries',
    joinColumn: { name: 'organization_id' },
    inverseJoinColumn: { name: 'country_id' },
  })
  countriesOfWork?: Country[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  rightsFocus: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'varchar', length: 12, default: 'applicant' })
  membershipStatus: MembershipStatus;

  @Column({ type: 'date', nullable: true })
  joinedAt: string | null;

  @Column({ type: 'boolean', default: false })
  isSteeringCommittee: boolean;

  @ManyToMany(() => WorkingGroup)
  @JoinTable({
    name: 'organization_working_groups',
    joinColumn: { name: 'organization_id' },
    inverseJoinColumn: { name: 'working_group_id' },
  })
  workingGroups?: WorkingGroup[];
}
