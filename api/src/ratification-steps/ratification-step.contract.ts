/** The national path from signature to the deposit of the instrument, in the order a state goes through it. */
export const RATIFICATION_STAGES = [
  'signature',
  'cabinet_approval',
  'submitted_to_parliament',
  'parliamentary_committee',
  'parliament_vote',
  'instrument_deposited',
] as const;
export type RatificationStage = (typeof RATIFICATION_STAGES)[number];

export const RATIFICATION_STEP_STATUSES = ['expected', 'done', 'stalled'] as const;
export type RatificationStepStatus = (typeof RATIFICATION_STEP_STATUSES)[number];

/** A dated step of a country's pipeline, for the order check both sides run. */
export interface DatedStage {
  stage: RatificationStage;
  date: string;
}

/**
 * The first dated step that contradicts `step`: an earlier stage dated after
 * it, or a later stage dated before it. Dates are `YYYY-MM-DD`, so they
 * compare as text.
 */
export function stageOutOfOrder(step: DatedStage, others: readonly DatedStage[]): DatedStage | undefined {
  const rank = RATIFICATION_STAGES.indexOf(step.stage);
  return others.find((other) => {
    const otherRank = RATIFICATION_STAGES.indexOf(other.stage);
    return (otherRank < rank && other.date > step.date) || (otherRank > rank && other.date < step.date);
  });
}
