import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { Country } from '../countries/country.entity.js';
import type { RatificationStage, RatificationStepStatus } from './ratification-step.contract.js';

/** One step of a country's national process towards the Optional Protocol. */
@AuditEntityType('RatificationStep')
@Index('ratification_steps_country_idx', ['countryId', 'date'])
@Entity('ratification_steps')
export class RatificationStep extends BaseEntity {
  @Column({ type: 'uuid' })
  countryId: string;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_id' })
  country?: Country;

  @Column({ type: 'varchar', length: 30 })
  stage: RatificationStage;

  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Column({ type: 'varchar', length: 10, default: 'expected' })
  status: RatificationStepStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;
}
