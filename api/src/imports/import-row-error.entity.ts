import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';
import type { ImportProblemParams, ImportRowErrorCode } from './import.contract.js';

/** One problem of one row of an import: the row number counts the header as row 1, as spreadsheets do. */
@NotAudited()
@Entity('import_row_errors')
export class ImportRowError {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  importId: string;

  @Column({ type: 'integer' })
  rowNumber: number;

  @Column({ type: 'varchar', length: 60 })
  field: string;

  /** The problem by stable code, for clients to word; null for reports written before codes were kept. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  code: ImportRowErrorCode | null;

  @Column({ type: 'jsonb', nullable: true })
  params: ImportProblemParams | null;

  /** The problem in English. */
  @Column({ type: 'text' })
  message: string;
}
