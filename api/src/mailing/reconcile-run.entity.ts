import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';
import type { ReconcileMode, ReconcileStatus } from './mailing.contract.js';

/** One pass of the reconcile job: its progress and what it changed. */
@NotAudited()
@Entity('mailing_reconcile_runs')
export class ReconcileRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  mode: ReconcileMode;

  @Column({ type: 'text', default: 'queued' })
  status: ReconcileStatus;

  /** Members the provider listed, out of `total` (our subscriptions on the lists walked). */
  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'integer', nullable: true })
  total: number | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, number>;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
