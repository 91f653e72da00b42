import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

/** The uploaded CSV, kept in PostgreSQL so that any worker on any host can read it. Deleted when the import ends. */
@NotAudited()
@Entity('import_files')
export class ImportFile {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  @Column({ type: 'bytea' })
  content: Buffer;
}
