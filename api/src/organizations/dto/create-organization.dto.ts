import { Transform } from 'class-transformer';
import { websiteUrl } from '../../common/text-transforms.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  RIGHTS_FOCUS,
  type Language,
  type MembershipStatus,
  type OrganizationType,
  type RightsFocus,
} from '../organization-enums.js';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A phone number as people write it: digits with spaces, dashes, dots, brackets, a leading + or an extension. */
export const PHONE = /^(?=.*\d)[\d\s+().\/-]+(\s*(ext\.?|x)\s*\d+)?$/i;

export class CreateOrganizationDto {
  @ApiProperty({ maxLength: 200 })
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @IsOptional()
  @IsString({ message: 'acronym must be text' })
  @MaxLength(40, { message: 'acronym must be at most 40 characters long' })
  acronym?: string | null;

  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES, default: 'ngo' })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES, { message: `type must be one of: ${ORGANIZATION_TYPES.join(', ')}` })
  type?: OrganizationType;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'headquartersCountryId must be a UUID' })
  headquartersCountryId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray({ message: 'countriesOfWorkIds must be a list' })
  @ArrayMaxSize(300, { message: 'countriesOfWorkIds holds at most 300 countries' })
  @IsUUID('all', { each: true, message: 'countriesOfWorkIds must hold UUIDs' })
  countriesOfWorkIds?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, example: 'https://www.example.org' })
  @IsOptional()
  @Transform(websiteUrl)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a web address' })
  @MaxLength(300, { message: 'website must be at most 300 characters long' })
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @IsOptional()
  @IsString({ message: 'phone must be a phone number' })
  @MaxLength(50, { message: 'phone must be at most 50 characters long' })
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) - . /)' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString({ message: 'description must be text' })
  @MaxLength(10000, { message: 'description must be at most 10000 characters long' })
  description?: string | null;

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

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Set to today when the organization becomes active without one' })
  @IsOptional()
  @Matches(DATE, { message: 'joinedAt must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'joinedAt must be a date (YYYY-MM-DD)' })
  joinedAt?: string | null;

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
