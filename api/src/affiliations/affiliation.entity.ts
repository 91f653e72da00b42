import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { OwnMergeRule } from '../duplicates/merge-references.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * A person's link to an organization. People keep their history when they
 * move: an ended affiliation has `until` set rather than being deleted.
 */
@OwnMergeRule('two current affiliations of one person with one organization collapse into one: AffiliationsService.moveAll')
@AuditEntityType('Affiliation')
@Entity('affiliations')
export class Affiliation extends BaseEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 120, nullable: true })
  role: string | null;

  @Column({ type: 'boolean', default: false })
  isPrimaryContact: boolean;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;
}
