import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IfSentNotNull } from '../../common/field-presence.js';
import { DATE } from '../../common/validation-patterns.js';
import { SOURCE_MAX_LENGTH } from '../../countries/country.contract.js';
import { RATIFICATION_STAGES, RATIFICATION_STEP_STATUSES, type RatificationStage, type RatificationStepStatus } from '../ratification-step.contract.js';

export class CreateRatificationStepDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId: string;

  @ApiProperty({ enum: RATIFICATION_STAGES })
  @IsIn(RATIFICATION_STAGES, { message: `stage must be one of: ${RATIFICATION_STAGES.join(', ')}` })
  stage: RatificationStage;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When it happened, or is expected; null when not known' })
  @IfSentNotNull()
  @Matches(DATE, { message: 'date must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'date must be a date (YYYY-MM-DD)' })
  date?: string | null;

  @ApiPropertyOptional({ enum: RATIFICATION_STEP_STATUSES, default: 'expected' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsIn(RATIFICATION_STEP_STATUSES, { message: `status must be one of: ${RATIFICATION_STEP_STATUSES.join(', ')}` })
  status?: RatificationStepStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(5000, { message: 'note must be at most 5000 characters long' })
  note?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: SOURCE_MAX_LENGTH, description: 'A URL or a document reference' })
  @IsOptional()
  @IsString({ message: 'source must be text' })
  @MaxLength(SOURCE_MAX_LENGTH, { message: `source must be at most ${SOURCE_MAX_LENGTH} characters long` })
  source?: string | null;
}
