import { ApiProperty } from '@nestjs/swagger';
import type { Country } from '../country.entity.js';
import { OP_STATUSES, type OpStatus } from '../country.contract.js';

/** What the public ratification map shows of a country: its treaty status, nothing the secretariat wrote. */
export class PublicCountryDto {
  @ApiProperty({ format: 'uuid', description: 'What the public forms send as a country (e.g. headquartersCountryId)' })
  id: string;

  @ApiProperty({ example: 'ARG' })
  iso3: string;

  @ApiProperty({ example: 'Argentina' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'Argentina', description: 'The Spanish name, for the public pages in Spanish' })
  nameEs: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Argentine', description: 'The French name, for the public pages in French' })
  nameFr: string | null;

  @ApiProperty({ example: 'Americas' })
  region: string;

  @ApiProperty({ enum: OP_STATUSES })
  opStatus: OpStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  opSignedAt: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  opRatifiedAt: string | null;
}

export function toPublicCountry(country: Country): PublicCountryDto {
  return {
    id: country.id,
    iso3: country.iso3,
    name: country.name,
    nameEs: country.nameEs,
    nameFr: country.nameFr,
    region: country.region,
    opStatus: country.opStatus,
    opSignedAt: country.opSignedAt,
    opRatifiedAt: country.opRatifiedAt,
  };
}
