import { OP_STATUSES, REGIONS, type OpStatus, type Region } from '@contract/countries/country.contract';
import type { Schema } from '../api/schema';

export const OP_STATUS_CHOICES: Array<{ id: OpStatus; name: string }> = OP_STATUSES.map((status) => ({
  id: status,
  name: `resources.countries.op_status.${status}`,
}));

export const REGION_CHOICES: Array<{ id: Region; name: string }> = REGIONS.map((region) => ({
  id: region,
  name: `resources.countries.regions.${region}`,
}));

/** A country as `GET /api/countries/:id` returns it. */
export type CountryRecord = Schema<'CountryResponseDto'>;
