import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { PolymorphicMergeReference } from '../duplicates/merge-references.js';
import { noteTargetOf } from './note-target.decorator.js';

/**
 * A free-text note of the secretariat or the steering committee on a record:
 * its activity timeline. A merge moves the notes about the merged record to
 * the kept one: no foreign key says which rows those are.
 */
@PolymorphicMergeReference({ idColumn: 'targetId', typeColumn: 'targetType', typeOf: noteTargetOf })
@AuditEntityType('Note')
@Entity('notes')
export class Note extends BaseEntity {
  /** What kind of record the note is about: one of NOTE_TARGETS (see AcceptsNotes). */
  @Column({ type: 'varchar', length: 30 })
  targetType: string;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  authorEmail: string | null;
}
