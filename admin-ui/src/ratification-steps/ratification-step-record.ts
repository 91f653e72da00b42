import {
  RATIFICATION_STAGES,
  RATIFICATION_STEP_STATUSES,
  type RatificationStage,
  type RatificationStepStatus,
} from '@contract/ratification-steps/ratification-step.contract';
import type { Schema } from '../api/schema';

export const STAGE_CHOICES: Array<{ id: RatificationStage; name: string }> = RATIFICATION_STAGES.map((stage) => ({
  id: stage,
  name: `resources.ratification-steps.stages.${stage}`,
}));

export const STEP_STATUS_CHOICES: Array<{ id: RatificationStepStatus; name: string }> = RATIFICATION_STEP_STATUSES.map((status) => ({
  id: status,
  name: `resources.ratification-steps.statuses.${status}`,
}));

/** A step as `GET /api/ratification-steps/:id` returns it. */
export type RatificationStepRecord = Schema<'RatificationStepResponseDto'>;
