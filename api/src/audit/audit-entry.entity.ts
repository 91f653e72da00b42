import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from './audit-action.contract.js';
import { NotAudited } from './audit-ignore.decorator.js';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

@NotAudited()
@Entity('audit_entries')
@Index(['entityType', 'entityId', 'createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  userEmail: string | null;

  @Column({ type: 'varchar', length: 10 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  @Column({ type: 'jsonb', default: {} })
  changes: AuditChanges;
}
