import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

/**
 * A message for the outside world, written in the same transaction as the
 * change that causes it; the relay moves it to its queue after the commit.
 */
@NotAudited()
@Entity('outbox_messages')
@Index('outbox_messages_pending_idx', ['createdAt'], { where: 'relayed_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  queue: string;

  @Column({ type: 'varchar', length: 60 })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** Whose change this is, for queues that apply one person's changes in order (mailing-sync). */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  /** When the handler reported the message took effect (queues that report it). */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /** When the handler gave the message up; `lastError` says why. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
