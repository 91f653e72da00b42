import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';

/** One person's time in a post; `until` is null for the current holder (one per post). */
@AuditEntityType('AuthorityHolder')
@Entity('authority_holders')
export class AuthorityHolder extends BaseEntity {
  @Column({ type: 'uuid' })
  authorityId: string;

  @Column({ type: 'varchar', length: 200 })
  personName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;
}
