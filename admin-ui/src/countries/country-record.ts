import {
  GOVERNMENT_POSITIONS,
  OP_STATUSES,
  REGIONAL_MECHANISMS,
  REGIONS,
  SUBREGIONS,
  type GovernmentPosition,
  type OpStatus,
  type Region,
  type RegionalMechanism,
  type Subregion,
} from '@contract/countries/country.contract';
import type { Schema } from '../api/schema';

export const OP_STATUS_CHOICES: Array<{ id: OpStatus; name: string }> = OP_STATUSES.map((status) => ({
  id: status,
  name: `resources.countries.op_status.${status}`,
}));

export const REGION_CHOICES: Array<{ id: Region; name: string }> = REGIONS.map((region) => ({
  id: region,
  name: `resources.countries.regions.${region}`,
}));

export const SUBREGION_CHOICES: Array<{ id: Subregion; name: string }> = SUBREGIONS.map((subregion) => ({
  id: subregion,
  name: `resources.countries.subregions.${subregion}`,
}));

export const GOVERNMENT_POSITION_CHOICES: Array<{ id: GovernmentPosition; name: string }> = GOVERNMENT_POSITIONS.map((position) => ({
  id: position,
  name: `resources.countries.government_position.${position}`,
}));

export const REGIONAL_MECHANISM_CHOICES: Array<{ id: RegionalMechanism; name: string }> = REGIONAL_MECHANISMS.map((mechanism) => ({
  id: mechanism,
  name: `resources.countries.mechanisms.${mechanism}`,
}));

/** A country as `GET /api/countries/:id` returns it. */
export type CountryRecord = Schema<'CountryResponseDto'>;

/** One change of a country's treaty facts or position, as `GET /api/countries/:id/history` lists it. */
export type CountryStatusChangeRecord = Schema<'CountryStatusChangeResponseDto'>;
