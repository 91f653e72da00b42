import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { TaskOrigin, TaskSourceType, TaskStatus } from './task.contract.js';

/**
 * A follow-up assigned to a user or to a member organization (exactly one).
 * Generated tasks carry a unique `generatedKey`, so that generating them
 * again updates or skips the row instead of adding one.
 */
@AuditEntityType('Task')
@Entity('tasks')
export class Task extends BaseEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text', default: 'open' })
  status: TaskStatus;

  @Column({ type: 'text', default: 'manual' })
  origin: TaskOrigin;

  @Column({ type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeOrganizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  countryId: string | null;

  @Column({ type: 'text', nullable: true })
  sourceType: TaskSourceType | null;

  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  generatedKey: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
