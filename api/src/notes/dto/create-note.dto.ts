import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { NOTE_TARGETS, type NoteTarget } from '../note-target.contract.js';

export class CreateNoteDto {
  @ApiProperty({ enum: NOTE_TARGETS })
  @IsIn(NOTE_TARGETS, { message: `targetType must be one of: ${NOTE_TARGETS.join(', ')}` })
  targetType: NoteTarget;

  @ApiProperty({ format: 'uuid', description: 'The organization, person or membership application the note is about' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId: string;

  @ApiProperty({ maxLength: 20000 })
  @IsString({ message: 'body must be text' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(20000, { message: 'body must be at most 20000 characters long' })
  body: string;
}
