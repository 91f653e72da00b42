/** An affiliation as `GET /api/affiliations/:id` returns it, with the names of both sides. */
export type AffiliationRecord = {
  id: string;
  personId: string;
  organizationId: string;
  personName: string;
  organizationName: string;
  role: string | null;
  isPrimaryContact: boolean;
  since: string | null;
  until: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Which record's page shows the affiliations: the other side is the one listed. */
export type AffiliationSide = 'organization' | 'person';

/** Current while it has no end date or ends today or later, as the API counts it. */
export const isCurrentAffiliation = (affiliation: Pick<AffiliationRecord, 'until'>, today: string = new Date().toISOString().slice(0, 10)): boolean =>
  affiliation.until === null || affiliation.until >= today;
