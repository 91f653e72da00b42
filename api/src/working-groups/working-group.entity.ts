import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';

/** A thematic or regional group of members (e.g. "Right to food", "Latin America"). */
@AuditEntityType('WorkingGroup')
@Entity('working_groups')
export class WorkingGroup extends BaseEntity {
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
