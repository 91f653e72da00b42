import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { Country } from '../countries/country.entity.js';
import { AcceptsNotes } from '../notes/note-target.decorator.js';

/** A contact: member organizations' staff, individual members, allies. */
@AcceptsNotes('person')
@AuditEntityType('Person')
@Entity('people')
export class Person extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  /** Unique case-insensitively; null for a contact known only by name. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  otherEmails: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones: string[];

  @Column({ type: 'varchar', length: 120, nullable: true })
  jobTitle: string | null;

  @Column({ type: 'uuid', nullable: true })
  countryId: string | null;

  @ManyToOne(() => Country, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'country_id' })
  country?: Country | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  consentSource: string | null;
}
