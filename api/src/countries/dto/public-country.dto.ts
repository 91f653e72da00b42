import { ApiProperty } from '@nestjs/swagger';
import type { Country } from '../country.entity.js';
import { OP_STATUSES, type OpStatus } from '../country-enums.js';

/** What the public ratification map shows of a country: its treaty status, nothing the secretariat wrote. */
export class PublicCountryDto {
  @ApiProperty({ example: 'ARG' })
  iso3: string;

  @ApiProperty({ example: 'Argentina' })
  name: string;

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
    iso3: country.iso3,
    name: country.name,
    region: country.region,
    opStatus: country.opStatus,
    opSignedAt: country.opSignedAt,
    opRatifiedAt: country.opRatifiedAt,
  };
}
