import { Column, Entity } from 'typeorm';
import { AuditEntityType, AuditIgnore } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { OwnMergeRule } from '../duplicates/merge-references.js';
import type { UserRole } from './user-role.contract.js';

@OwnMergeRule('a person has at most one user account: a merge of two people with one each is refused (PersonMergeService)')
@AuditEntityType('User')
@Entity('users')
export class User extends BaseEntity {
  /** Stored lower-case; a unique index on lower(email) guards against case variants. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @AuditIgnore()
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 20 })
  role: UserRole;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  /** Audited, unlike the hash: the trail shows who changed a password and when. */
  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /** Set by an admin only: until then the account cannot sign in and has no sessions. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @AuditIgnore()
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;
}
