import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { DATE } from '../../common/validation-patterns.js';
import {
  GOVERNMENT_POSITIONS,
  OP_STATUSES,
  REGIONAL_MECHANISMS,
  SOURCE_MAX_LENGTH,
  type GovernmentPosition,
  type OpStatus,
  type RegionalMechanism,
} from '../country.contract.js';

export const MAX_FOCAL_POINTS = 50;

/** A calendar date or null (unknown), with the message naming the field. */
const OptionalDate = (field: string): PropertyDecorator => {
  const message = `${field} must be a date (YYYY-MM-DD)`;
  return (target, key) => {
    IfSentNotNull()(target, key);
    Matches(DATE, { message })(target, key);
    IsISO8601({ strict: true }, { message })(target, key);
    ApiPropertyOptional({ type: String, format: 'date', nullable: true })(target, key);
  };
};

/** A yes/no declaration, or null when not known. */
const OptionalDeclaration = (field: string, description: string): PropertyDecorator => {
  return (target, key) => {
    IfSentNotNull()(target, key);
    IsBoolean({ message: `${field} must be true, false or null` })(target, key);
    ApiPropertyOptional({ type: Boolean, nullable: true, description })(target, key);
  };
};

/**
 * PUT takes the record back as GET returned it; read-only fields are ignored.
 * A change of a treaty fact needs `source`; a change of position may give one.
 */
export class UpdateCountryDto {
  @ApiPropertyOptional({ enum: OP_STATUSES })
  @IfSent()
  @IsIn(OP_STATUSES, { message: `opStatus must be one of: ${OP_STATUSES.join(', ')}` })
  opStatus?: OpStatus;

  @OptionalDate('opSignedAt')
  opSignedAt?: string | null;

  @OptionalDate('opRatifiedAt')
  opRatifiedAt?: string | null;

  @OptionalDeclaration('art10Declaration', 'Declaration under article 10 (inter-state communications); null when not known')
  art10Declaration?: boolean | null;

  @OptionalDate('art10DeclaredAt')
  art10DeclaredAt?: string | null;

  @OptionalDeclaration('art11Declaration', 'Declaration under article 11 (inquiry procedure); null when not known')
  art11Declaration?: boolean | null;

  @OptionalDate('art11DeclaredAt')
  art11DeclaredAt?: string | null;

  @ApiPropertyOptional({ enum: GOVERNMENT_POSITIONS })
  @IfSent()
  @IsIn(GOVERNMENT_POSITIONS, { message: `governmentPosition must be one of: ${GOVERNMENT_POSITIONS.join(', ')}` })
  governmentPosition?: GovernmentPosition;

  @OptionalDate('nextUprReviewAt')
  nextUprReviewAt?: string | null;

  @ApiPropertyOptional({ enum: REGIONAL_MECHANISMS, isArray: true })
  @IfSent()
  @IsArray({ message: 'regionalMechanisms must be a list' })
  @IsIn(REGIONAL_MECHANISMS, { each: true, message: `regionalMechanisms must hold only: ${REGIONAL_MECHANISMS.join(', ')}` })
  regionalMechanisms?: RegionalMechanism[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_FOCAL_POINTS, description: 'Member organizations that lead the national work' })
  @IfSent()
  @IsArray({ message: 'focalPointOrganizationIds must be a list' })
  @ArrayMaxSize(MAX_FOCAL_POINTS, { message: `focalPointOrganizationIds holds at most ${MAX_FOCAL_POINTS} organizations` })
  @IsUUID('all', { each: true, message: 'focalPointOrganizationIds must hold UUIDs' })
  focalPointOrganizationIds?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString({ message: 'notes must be text' })
  @MaxLength(10000, { message: 'notes must be at most 10000 characters long' })
  notes?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 60, example: '@MinExteriores', description: "The government's social-media handle" })
  @IsOptional()
  @IsString({ message: 'governmentHandle must be text' })
  @Matches(/^@[A-Za-z0-9_.]{1,59}$/, { message: 'governmentHandle must be a handle such as @MinExteriores' })
  governmentHandle?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: SOURCE_MAX_LENGTH,
    writeOnly: true,
    description: 'Where the change comes from: a URL or a document reference. Required when a treaty fact changes.',
  })
  @IsOptional()
  @IsString({ message: 'source must be text' })
  @MaxLength(SOURCE_MAX_LENGTH, { message: `source must be at most ${SOURCE_MAX_LENGTH} characters long` })
  source?: string | null;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() iso2?: unknown;
  @ReadOnlyField() iso3?: unknown;
  @ReadOnlyField() name?: unknown;
  @ReadOnlyField() nameEs?: unknown;
  @ReadOnlyField() nameFr?: unknown;
  @ReadOnlyField() region?: unknown;
  @ReadOnlyField() subregion?: unknown;
  @ReadOnlyField() icescrParty?: unknown;
  @ReadOnlyField() statusSource?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
