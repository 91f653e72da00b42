import type { EntityManager } from 'typeorm';
import type { GovernmentPosition, OpStatus } from './country.contract.js';

/**
 * Read-only aggregates of the countries table for the reports, run in the
 * caller's EntityManager: the countries feature owns the table and states
 * here what others may count of it.
 */

export interface CountryFigure {
  id: string;
  iso3: string;
  name: string;
  nameEs: string | null;
  nameFr: string | null;
  region: string;
  opStatus: OpStatus;
  opSignedAt: string | null;
  opRatifiedAt: string | null;
  nextUprReviewAt: string | null;
}

const FIGURE_COLUMNS = `id, iso3, name, name_es AS "nameEs", name_fr AS "nameFr", region, op_status AS "opStatus",
  op_signed_at::text AS "opSignedAt", op_ratified_at::text AS "opRatifiedAt", next_upr_review_at::text AS "nextUprReviewAt"`;

/** Every country of the region (all of them without one), by name. */
export function countryFiguresWithin(manager: EntityManager, region: string | null): Promise<CountryFigure[]> {
  return manager.query(`SELECT ${FIGURE_COLUMNS} FROM countries WHERE ($1::text IS NULL OR region = $1) ORDER BY name`, [region]);
}

/** Signatures and ratifications (or accessions) per year, from the sourced treaty dates. */
export function treatyYearsWithin(manager: EntityManager, region: string | null): Promise<Array<{ year: number; signatures: number; ratifications: number }>> {
  return manager.query(
    `SELECT year, sum(signatures)::int AS signatures, sum(ratifications)::int AS ratifications FROM (
       SELECT extract(year FROM op_signed_at)::int AS year, 1 AS signatures, 0 AS ratifications
         FROM countries WHERE op_signed_at IS NOT NULL AND ($1::text IS NULL OR region = $1)
       UNION ALL
       SELECT extract(year FROM op_ratified_at)::int, 0, 1
         FROM countries WHERE op_ratified_at IS NOT NULL AND ($1::text IS NULL OR region = $1)
     ) dated GROUP BY year ORDER BY year`,
    [region],
  );
}

/** One country by its ISO 3166 alpha-3 code (any case), with its campaign record; undefined when there is none. */
export interface CountryRecordFigure extends CountryFigure {
  iso2: string;
  subregion: string;
  icescrParty: boolean;
  governmentPosition: GovernmentPosition;
  art10Declaration: boolean | null;
  art11Declaration: boolean | null;
  regionalMechanisms: string[];
  statusSource: string | null;
  updatedAt: Date;
}

export async function countryByIso3Within(manager: EntityManager, iso3: string): Promise<CountryRecordFigure | undefined> {
  const rows: CountryRecordFigure[] = await manager.query(
    `SELECT ${FIGURE_COLUMNS}, iso2, subregion, icescr_party AS "icescrParty", government_position AS "governmentPosition",
            art10_declaration AS "art10Declaration", art11_declaration AS "art11Declaration",
            regional_mechanisms AS "regionalMechanisms", status_source AS "statusSource", updated_at AS "updatedAt"
       FROM countries WHERE iso3 = upper($1)`,
    [iso3],
  );
  return rows[0];
}

export interface StatusChangeFigure {
  at: Date;
  field: string;
  fromValue: string | null;
  toValue: string | null;
  source: string | null;
}

/** A country's latest status changes, newest first. */
export function statusChangesWithin(manager: EntityManager, countryId: string, limit: number): Promise<StatusChangeFigure[]> {
  return manager.query(
    `SELECT created_at AS at, field, from_value AS "fromValue", to_value AS "toValue", source
       FROM country_status_changes WHERE country_id = $1 ORDER BY created_at DESC, field LIMIT $2`,
    [countryId, limit],
  );
}

/** When the public facts of any country last changed (a treaty fact, a name): the public map's "last updated". */
export async function lastPublicChangeWithin(manager: EntityManager): Promise<Date | null> {
  const rows: Array<{ at: Date | null }> = await manager.query(
    `SELECT greatest((SELECT max(updated_at) FROM countries), (SELECT max(created_at) FROM country_status_changes)) AS at`,
  );
  return rows[0]?.at ?? null;
}
