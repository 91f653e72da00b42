import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IfSentNotNull } from '../../common/field-presence.js';
import { trimmedOrNull } from '../../common/text-transforms.js';
import { DATE } from '../../common/validation-patterns.js';

/** The optional fields create and update share. A task goes to one user or one organization, never both. */
export class TaskFields {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'description must be text' })
  @MaxLength(10000, { message: 'description must be at most 10000 characters long' })
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IfSentNotNull()
  @Matches(DATE, { message: 'dueOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'dueOn must be a date (YYYY-MM-DD)' })
  dueOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The user the task is for; not with assigneeOrganizationId' })
  @IfSentNotNull()
  @IsUUID('all', { message: 'assigneeUserId must be a UUID' })
  assigneeUserId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The member organization the task is for; not with assigneeUserId' })
  @IfSentNotNull()
  @IsUUID('all', { message: 'assigneeOrganizationId must be a UUID' })
  assigneeOrganizationId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IfSentNotNull()
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId?: string | null;
}
