import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { TrackedCountryField } from './country.contract.js';
import { Country } from './country.entity.js';

/**
 * One change of one treaty fact or of the government's position, with who
 * made it and where it comes from: the history the steering committee reviews.
 * Values are kept as text (`null` when unknown), whatever the field's type.
 */
@AuditEntityType('CountryStatusChange')
@Index('country_status_changes_country_idx', ['countryId', 'createdAt'])
@Entity('country_status_changes')
export class CountryStatusChange extends BaseEntity {
  @Column({ type: 'uuid' })
  countryId: string;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_id' })
  country?: Country;

  @Column({ type: 'varchar', length: 40 })
  field: TrackedCountryField;

  @Column({ type: 'text', nullable: true })
  fromValue: string | null;

  @Column({ type: 'text', nullable: true })
  toValue: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  userEmail: string | null;
}
