import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmed } from '../../common/text-transforms.js';
import { TASK_STATUSES, type TaskStatus } from '../task.contract.js';
import { TaskFields } from './task-fields.dto.js';

/** PUT takes the record back as GET returned it; where it came from is read-only. */
export class UpdateTaskDto extends TaskFields {
  @ApiPropertyOptional({ maxLength: 300 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'title must be text' })
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters long' })
  title?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IfSent()
  @IsIn(TASK_STATUSES, { message: `status must be one of: ${TASK_STATUSES.join(', ')}` })
  status?: TaskStatus;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() origin?: unknown;
  @ReadOnlyField() sourceType?: unknown;
  @ReadOnlyField() sourceId?: unknown;
  @ReadOnlyField() completedAt?: unknown;
  @ReadOnlyField() isOverdue?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
