import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { NOTE_TARGETS } from '../note-target.decorator.js';

export class CreateNoteDto {
  @ApiProperty({ type: String, enum: NOTE_TARGETS, description: 'The kinds of record that accept notes (see AcceptsNotes)' })
  // NOTE_TARGETS is read when a request is checked, not when this class loads: the features fill it.
  @IsIn(NOTE_TARGETS, { message: () => `targetType must be one of: ${NOTE_TARGETS.join(', ')}` })
  targetType: string;

  @ApiProperty({ format: 'uuid', description: 'The record the note is about, of the kind targetType names' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId: string;

  @ApiProperty({ maxLength: 20000 })
  @IsString({ message: 'body must be text' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(20000, { message: 'body must be at most 20000 characters long' })
  body: string;
}
