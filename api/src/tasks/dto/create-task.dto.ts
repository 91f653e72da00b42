import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../common/text-transforms.js';
import { TaskFields } from './task-fields.dto.js';

/** A task written by hand; without an assignee it is the author's own. */
export class CreateTaskDto extends TaskFields {
  @ApiProperty({ maxLength: 300, example: 'Send the briefing on the Optional Protocol to the parliamentary committee' })
  @Transform(trimmed)
  @IsString({ message: 'title must be text' })
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters long' })
  title: string;
}
