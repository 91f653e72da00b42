import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { trimmed } from '../../common/text-transforms.js';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import {
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  RIGHTS_FOCUS,
  type Language,
  type MembershipStatus,
  type OrganizationType,
  type RightsFocus,
} from '../organization.contract.js';
import { MAX_COUNTRIES_OF_WORK, OrganizationProfileFields } from './organization-profile-fields.dto.js';

/**
 * PUT takes the record back as GET returned it; read-only fields are ignored.
 * A change of membershipStatus must be an allowed transition.
 */
export class UpdateOrganizationDto extends OrganizationProfileFields {
  @ApiPropertyOptional({ minLength: 2, maxLength: 200 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'name must be text' })
  // Trimmed first, so that blanks do not count; two characters, as the public application form asks.
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES })
  @IfSent()
  @IsIn(ORGANIZATION_TYPES, { message: `type must be one of: ${ORGANIZATION_TYPES.join(', ')}` })
  type?: OrganizationType;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_COUNTRIES_OF_WORK })
  @IfSent()
  @IsArray({ message: 'countriesOfWorkIds must be a list' })
  @ArrayMaxSize(MAX_COUNTRIES_OF_WORK, { message: `countriesOfWorkIds holds at most ${MAX_COUNTRIES_OF_WORK} countries` })
  @IsUUID('all', { each: true, message: 'countriesOfWorkIds must hold UUIDs' })
  countriesOfWorkIds?: string[];

  @ApiPropertyOptional({ enum: RIGHTS_FOCUS, isArray: true })
  @IfSent()
  @IsArray({ message: 'rightsFocus must be a list' })
  @IsIn(RIGHTS_FOCUS, { each: true, message: `rightsFocus must hold only: ${RIGHTS_FOCUS.join(', ')}` })
  rightsFocus?: RightsFocus[];

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @IfSent()
  @IsArray({ message: 'languages must be a list' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages?: Language[];

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES })
  @IfSent()
  @IsIn(MEMBERSHIP_STATUSES, { message: `membershipStatus must be one of: ${MEMBERSHIP_STATUSES.join(', ')}` })
  membershipStatus?: MembershipStatus;

  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean({ message: 'isSteeringCommittee must be true or false' })
  isSteeringCommittee?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IfSent()
  @IsArray({ message: 'workingGroupIds must be a list' })
  @ArrayMaxSize(100, { message: 'workingGroupIds holds at most 100 working groups' })
  @IsUUID('all', { each: true, message: 'workingGroupIds must hold UUIDs' })
  workingGroupIds?: string[];

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
  @ReadOnlyField() region?: unknown;
  @ReadOnlyField() primaryContacts?: unknown;
}
