import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

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

  @Column({ type: 'text' })
  message: string;
}
