import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { AcceptsNotes } from '../notes/note-target.decorator.js';
import type { GovernmentPosition, OpStatus, RegionalMechanism } from './country.contract.js';

/** A state, with where it stands on the Covenant and on its Optional Protocol. */
@AcceptsNotes('country')
@AuditEntityType('Country')
@Entity('countries')
export class Country extends BaseEntity {
  @Column({ type: 'char', length: 2 })
  iso2: string;

  @Column({ type: 'char', length: 3 })
  iso3: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  nameEs: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  nameFr: string | null;

  @Column({ type: 'varchar', length: 60 })
  region: string;

  @Column({ type: 'varchar', length: 60 })
  subregion: string;

  @Column({ type: 'boolean', default: false })
  icescrParty: boolean;

  @Column({ type: 'varchar', length: 10, default: 'none' })
  opStatus: OpStatus;

  @Column({ type: 'date', nullable: true })
  opSignedAt: string | null;

  @Column({ type: 'date', nullable: true })
  opRatifiedAt: string | null;

  @Column({ type: 'boolean', nullable: true })
  art10Declaration: boolean | null;

  @Column({ type: 'date', nullable: true })
  art10DeclaredAt: string | null;

  @Column({ type: 'boolean', nullable: true })
  art11Declaration: boolean | null;

  @Column({ type: 'date', nullable: true })
  art11DeclaredAt: string | null;

  @Column({ type: 'varchar', length: 12, default: 'unknown' })
  governmentPosition: GovernmentPosition;

  @Column({ type: 'date', nullable: true })
  nextUprReviewAt: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regionalMechanisms: RegionalMechanism[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  statusSource: string | null;

  /** The government's social-media handle, e.g. @MinExteriores, that action packs address. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  governmentHandle: string | null;
}
