import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { AuthorityStance } from './authority.contract.js';

/** One change of a post's stance: from, to, who and why. */
@AuditEntityType('AuthorityStanceChange')
@Entity('authority_stance_changes')
export class AuthorityStanceChange extends BaseEntity {
  @Column({ type: 'uuid' })
  authorityId: string;

  @Column({ type: 'text' })
  fromStance: AuthorityStance;

  @Column({ type: 'text' })
  toStance: AuthorityStance;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  userEmail: string | null;
}
