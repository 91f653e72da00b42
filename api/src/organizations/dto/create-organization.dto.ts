import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { trimmed } from '../../common/text-transforms.js';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
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

export class CreateOrganizationDto extends OrganizationProfileFields {
  @ApiProperty({ minLength: 2, maxLength: 200 })
  @Transform(trimmed)
  @IsString({ message: 'name must be text' })
  // Trimmed first, so that blanks do not count; two characters, as the public application form asks.
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES, default: 'ngo' })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES, { message: `type must be one of: ${ORGANIZATION_TYPES.join(', ')}` })
  type?: OrganizationType;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_COUNTRIES_OF_WORK })
  @IsOptional()
  @IsArray({ message: 'countriesOfWorkIds must be a list' })
  @ArrayMaxSize(MAX_COUNTRIES_OF_WORK, { message: `countriesOfWorkIds holds at most ${MAX_COUNTRIES_OF_WORK} countries` })
  @IsUUID('all', { each: true, message: 'countriesOfWorkIds must hold UUIDs' })
  countriesOfWorkIds?: string[];

  @ApiPropertyOptional({ enum: RIGHTS_FOCUS, isArray: true })
  @IsOptional()
  @IsArray({ message: 'rightsFocus must be a list' })
  @IsIn(RIGHTS_FOCUS, { each: true, message: `rightsFocus must hold only: ${RIGHTS_FOCUS.join(', ')}` })
  rightsFocus?: RightsFocus[];

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @IsOptional()
  @IsArray({ message: 'languages must be a list' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages?: Language[];

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES, default: 'applicant', description: 'Not rejected: rejection is for applications' })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES, { message: `membershipStatus must be one of: ${MEMBERSHIP_STATUSES.join(', ')}` })
  membershipStatus?: MembershipStatus;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'isSteeringCommittee must be true or false' })
  isSteeringCommittee?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray({ message: 'workingGroupIds must be a list' })
  @ArrayMaxSize(100, { message: 'workingGroupIds holds at most 100 working groups' })
  @IsUUID('all', { each: true, message: 'workingGroupIds must hold UUIDs' })
  workingGroupIds?: string[];
}
