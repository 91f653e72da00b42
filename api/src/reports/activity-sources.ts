import type { EntityManager } from 'typeorm';
import { overdueFollowUpsWithin } from '../lobbying-actions/lobbying-figures.js';
import type { ActivityKind } from './report.contract.js';

/*
 * The activity counts themselves come from the reports' count tables
 * (activity-counts.ts), which triggers keep from the owners' tables by the
 * owners' rules (events/event-figures.ts, lobbying-actions/lobbying-figures.ts,
 * testimonies/testimony-figures.ts). A feature that records a new kind of
 * country work adds its kind to ACTIVITY_KINDS and its trigger in a migration.
 */

/** A follow-up that is due and not done, as the overview lists it. */
export interface OverdueFollowUpFigure {
  id: string;
  kind: ActivityKind;
  title: string;
  dueAt: string;
  countryId: string | null;
}

/** Where overdue follow-ups come from (lobbying actions with a past `followUpAt`); a feature that has follow-ups adds its source here. */
export type FollowUpSource = (manager: EntityManager, today: string, region: string | null) => Promise<OverdueFollowUpFigure[]>;

export const FOLLOW_UP_SOURCES: readonly FollowUpSource[] = [
  async (manager, today, region) => (await overdueFollowUpsWithin(manager, today, region)).map((row) => ({ ...row, kind: 'lobbyingActions' as const })),
];
