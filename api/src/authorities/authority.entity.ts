import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { AcceptsNotes } from '../notes/note-target.decorator.js';
import type { AuthorityInstitution, AuthorityStance } from './authority.contract.js';

/**
 * A post the campaign lobbies: the Minister of Foreign Affairs of a state, a
 * parliamentary committee's chair, the national human rights institution. The
 * post stays when its holder changes (AuthorityHolder), so that actions
 * addressed to it keep their history.
 */
@AcceptsNotes('authority')
@AuditEntityType('Authority')
@Entity('authorities')
export class Authority extends BaseEntity {
  @Column({ type: 'uuid' })
  countryId: string;

  @Column({ type: 'text' })
  institution: AuthorityInstitution;

  @Column({ type: 'varchar', length: 300 })
  postTitle: string;

  @Column({ type: 'text', default: 'unknown' })
  stance: AuthorityStance;

  @Column({ type: 'varchar', length: 254, nullable: true })
  officeEmail: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  officePhone: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  officeAddress: string | null;

  /** False once the post no longer exists (a ministry merged into another). */
  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The current holder's name, kept beside the post for search; written only with the holder. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  holderName: string | null;
}
