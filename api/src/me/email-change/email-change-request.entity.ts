import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditIgnore, NotAudited } from '../../audit/audit-ignore.decorator.js';

/** How a request ended: applied, handed to the secretariat (the address was taken), or replaced by a newer one. */
export type EmailChangeOutcome = 'changed' | 'secretariat' | 'superseded';

/**
 * Bookkeeping of a self-service e-mail change; the change itself is audited
 * on the person record, and a hand-over to the secretariat is a note on it.
 */
@NotAudited()
@Entity('email_change_requests')
export class EmailChangeRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** The new address, lower-case. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @AuditIgnore()
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: EmailChangeOutcome | null;
}
