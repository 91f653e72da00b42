import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import type { NoteTarget } from './note-target.contract.js';

/** A free-text note of the secretariat or the steering committee on a record: its activity timeline. */
@Entity('notes')
export class Note extends BaseEntity {
  @Column({ type: 'varchar', length: 30 })
  targetType: NoteTarget;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  authorEmail: string | null;
}
