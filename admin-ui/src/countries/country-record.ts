import { OP_STATUSES, REGIONS, type OpStatus, type Region } from '@contract/countries/country.contract';

export const OP_STATUS_CHOICES: Array<{ id: OpStatus; name: string }> = OP_STATUSES.map((status) => ({
  id: status,
  name: `app.countries.op_status.${status}`,
}));

export const REGION_CHOICES: Array<{ id: Region; name: string }> = REGIONS.map((region) => ({
  id: region,
  name: `app.countries.regions.${region}`,
}));

/** A country as `GET /api/countries/:id` returns it. */
export type CountryRecord = {
  id: string;
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
  governmentPosition: string;
  nextUprReviewAt: string | null;
  regionalMechanisms: string[];
  notes: string | null;
  statusSource: string | null;
  createdAt: string;
  updatedAt: string;
};
