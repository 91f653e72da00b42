import type { Schema } from '../api/schema';

/** An affiliation as `GET /api/affiliations/:id` returns it, with the names of both sides. */
export type AffiliationRecord = Schema<'AffiliationResponseDto'>;

/** Which record's page shows the affiliations: the other side is the one listed. */
export type AffiliationSide = 'organization' | 'person';

/** Current while it has no end date or ends today or later, as the API counts it. */
export const isCurrentAffiliation = (affiliation: Pick<AffiliationRecord, 'until'>, today: string = new Date().toISOString().slice(0, 10)): boolean =>
  affiliation.until === null || affiliation.until >= today;
