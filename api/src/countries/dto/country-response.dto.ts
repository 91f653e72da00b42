import { ApiProperty, OmitType } from '@nestjs/swagger';
import type { Country } from '../country.entity.js';
import { GOVERNMENT_POSITIONS, OP_STATUSES, REGIONAL_MECHANISMS, type GovernmentPosition, type OpStatus, type RegionalMechanism } from '../country.contract.js';

export class CountryResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'AR' })
  iso2: string;

  @ApiProperty({ example: 'ARG' })
  iso3: string;

  @ApiProperty({ example: 'Argentina' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  nameEs: string | null;

  @ApiProperty({ type: String, nullable: true })
  nameFr: string | null;

  @ApiProperty({ example: 'Americas' })
  region: string;

  @ApiProperty({ example: 'Latin America and the Caribbean' })
  subregion: string;

  @ApiProperty({ description: 'Party to the International Covenant on Economic, Social and Cultural Rights' })
  icescrParty: boolean;

  @ApiProperty({ enum: OP_STATUSES })
  opStatus: OpStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  opSignedAt: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  opRatifiedAt: string | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'Declaration under article 10 (inter-state communications)' })
  art10Declaration: boolean | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  art10DeclaredAt: string | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'Declaration under article 11 (inquiry procedure)' })
  art11Declaration: boolean | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  art11DeclaredAt: string | null;

  @ApiProperty({ enum: GOVERNMENT_POSITIONS })
  governmentPosition: GovernmentPosition;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Next Universal Periodic Review' })
  nextUprReviewAt: string | null;

  @ApiProperty({ enum: REGIONAL_MECHANISMS, isArray: true, example: ['OAS'] })
  regionalMechanisms: RegionalMechanism[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Member organizations that lead the national work' })
  focalPointOrganizationIds: string[];

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Where the treaty status comes from' })
  statusSource: string | null;

  @ApiProperty({ type: String, nullable: true, example: '@MinExteriores', description: "The government's social-media handle" })
  governmentHandle: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toCountryResponse(country: Country, focalPointOrganizationIds: string[]): CountryResponseDto {
  return {
    id: country.id,
    iso2: country.iso2,
    iso3: country.iso3,
    name: country.name,
    nameEs: country.nameEs,
    nameFr: country.nameFr,
    region: country.region,
    subregion: country.subregion,
    icescrParty: country.icescrParty,
    opStatus: country.opStatus,
    opSignedAt: country.opSignedAt,
    opRatifiedAt: country.opRatifiedAt,
    art10Declaration: country.art10Declaration,
    art10DeclaredAt: country.art10DeclaredAt,
    art11Declaration: country.art11Declaration,
    art11DeclaredAt: country.art11DeclaredAt,
    governmentPosition: country.governmentPosition,
    nextUprReviewAt: country.nextUprReviewAt,
    regionalMechanisms: country.regionalMechanisms,
    focalPointOrganizationIds,
    notes: country.notes,
    statusSource: country.statusSource,
    governmentHandle: country.governmentHandle,
    createdAt: country.createdAt.toISOString(),
    updatedAt: country.updatedAt.toISOString(),
  };
}

/** What the campaign keeps to itself about a country: its reading of the government, its notes and who leads the national work. */
export const CAMPAIGN_INTERNAL_FIELDS = ['governmentPosition', 'focalPointOrganizationIds', 'notes'] as const;

/** A country as members see it: the public treaty facts, without what the campaign keeps to itself. */
export class CountryMemberResponseDto extends OmitType(CountryResponseDto, CAMPAIGN_INTERNAL_FIELDS) {}

export function toCountryMemberResponse(country: Country): CountryMemberResponseDto {
  const { governmentPosition: _position, focalPointOrganizationIds: _focalPoints, notes: _notes, ...visible } = toCountryResponse(country, []);
  return visible;
}
