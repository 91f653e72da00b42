import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';

/** A run-time setting: one JSON value per key. Audited like any record, so every change of policy has an author. */
@AuditEntityType('Setting')
@Entity('settings')
export class Setting {
  /** The setting's name, e.g. `security-policy`. */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'jsonb' })
  value: Record<string, unknown>;
}
