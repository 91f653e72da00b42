import type { EntityManager } from 'typeorm';
import type { RatificationStage, RatificationStepStatus } from './ratification-step.contract.js';

/** Read-only aggregates of the ratification pipeline for the reports, in the caller's EntityManager. */

/** Steps per stage and status, over the countries of the region. */
export function pipelineCountsWithin(
  manager: EntityManager,
  region: string | null,
): Promise<Array<{ stage: RatificationStage; status: RatificationStepStatus; countries: number }>> {
  return manager.query(
    `SELECT s.stage, s.status, count(DISTINCT s.country_id)::int AS countries
       FROM ratification_steps s JOIN countries c ON c.id = s.country_id
      WHERE ($1::text IS NULL OR c.region = $1)
      GROUP BY s.stage, s.status`,
    [region],
  );
}

export interface StepFigure {
  stage: RatificationStage;
  status: RatificationStepStatus;
  date: string | null;
  note: string | null;
  source: string | null;
}

/** One country's steps, in pipeline order. */
export function countryStepsWithin(manager: EntityManager, countryId: string): Promise<StepFigure[]> {
  return manager.query(
    `SELECT stage, status, date::text AS date, note, source FROM ratification_steps
      WHERE country_id = $1
      ORDER BY array_position(ARRAY['signature', 'cabinet_approval', 'submitted_to_parliament', 'parliamentary_committee', 'parliament_vote', 'instrument_deposited']::varchar[], stage), date`,
    [countryId],
  );
}
