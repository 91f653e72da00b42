import { ApiProperty } from '@nestjs/swagger';
import type { Note } from '../note.entity.js';
import { NOTE_TARGETS, type NoteTarget } from '../note-target.contract.js';

export class NoteResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTE_TARGETS })
  targetType: NoteTarget;

  @ApiProperty({ format: 'uuid' })
  targetId: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  authorId: string | null;

  @ApiProperty({ type: String, nullable: true })
  authorEmail: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toNoteResponse(note: Note): NoteResponseDto {
  return {
    id: note.id,
    targetType: note.targetType,
    targetId: note.targetId,
    body: note.body,
    authorId: note.authorId,
    authorEmail: note.authorEmail,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
  };
}
