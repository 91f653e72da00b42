import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';

/** Only the text of a note changes; what it is about and who wrote it stay. */
export class UpdateNoteDto {
  @ApiPropertyOptional({ maxLength: 20000 })
  @ValidateIf((_object, value) => value !== undefined)
  @IsString({ message: 'body must be text' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(20000, { message: 'body must be at most 20000 characters long' })
  body?: string;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() targetType?: unknown;
  @ReadOnlyField() targetId?: unknown;
  @ReadOnlyField() authorId?: unknown;
  @ReadOnlyField() authorEmail?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
