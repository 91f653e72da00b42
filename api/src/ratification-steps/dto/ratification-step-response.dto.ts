import { ApiProperty } from '@nestjs/swagger';
import type { RatificationStep } from '../ratification-step.entity.js';
import { RATIFICATION_STAGES, RATIFICATION_STEP_STATUSES, type RatificationStage, type RatificationStepStatus } from '../ratification-step.contract.js';

export class RatificationStepResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  countryId: string;

  @ApiProperty({ enum: RATIFICATION_STAGES })
  stage: RatificationStage;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  date: string | null;

  @ApiProperty({ enum: RATIFICATION_STEP_STATUSES })
  status: RatificationStepStatus;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'A URL or a document reference' })
  source: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toRatificationStepResponse(step: RatificationStep): RatificationStepResponseDto {
  return {
    id: step.id,
    countryId: step.countryId,
    stage: step.stage,
    date: step.date,
    status: step.status,
    note: step.note,
    source: step.source,
    createdAt: step.createdAt.toISOString(),
    updatedAt: step.updatedAt.toISOString(),
  };
}
