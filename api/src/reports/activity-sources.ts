import type { EntityManager } from 'typeorm';
import { countriesWithEventsWithin, eventsPerCountryWithin, eventsPerMonthWithin } from '../events/event-figures.js';
import { actionsPerCountryWithin, actionsPerMonthWithin, countriesWithActionsWithin, overdueFollowUpsWithin } from '../lobbying-actions/lobbying-figures.js';
import { countriesWithTestimoniesWithin, testimoniesPerCountryWithin, testimoniesPerMonthWithin } from '../testimonies/testimony-figures.js';
import type { ActivityKind, FigurePeriod } from './report.contract.js';

/**
 * Where the reports' activity figures come from: one source per kind of
 * country work, each reading its owner's aggregate functions in the caller's
 * EntityManager. A feature that records country work adds its source here.
 */
export interface ActivitySource {
  kind: ActivityKind;
  perCountry(manager: EntityManager, period: FigurePeriod): Promise<Array<{ countryId: string; count: number }>>;
  perMonth(manager: EntityManager, period: FigurePeriod): Promise<Array<{ month: string; count: number }>>;
  /** Of the given countries, those with work of this kind in `[from, until)`. */
  activeCountries(manager: EntityManager, countryIds: readonly string[], from: string, until: string): Promise<Set<string>>;
}

export const ACTIVITY_SOURCES: readonly ActivitySource[] = [
  {
    kind: 'events',
    perCountry: eventsPerCountryWithin,
    perMonth: eventsPerMonthWithin,
    activeCountries: countriesWithEventsWithin,
  },
  {
    kind: 'lobbyingActions',
    perCountry: actionsPerCountryWithin,
    perMonth: actionsPerMonthWithin,
    activeCountries: countriesWithActionsWithin,
  },
  {
    kind: 'testimonies',
    perCountry: testimoniesPerCountryWithin,
    perMonth: testimoniesPerMonthWithin,
    activeCountries: countriesWithTestimoniesWithin,
  },
];

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
