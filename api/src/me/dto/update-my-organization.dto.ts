import { IsEmailAddress } from '../../common/email-address.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmed, trimmedOrNull, uniqueList, websiteUrl } from '../../common/text-transforms.js';
import {
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  RIGHTS_FOCUS,
  type MembershipStatus,
  type OrganizationType,
} from '../../organizations/organization.contract.js';
import { SECRETARIAT_ORGANIZATION_FIELDS } from '../member-editable-fields.js';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';

const MAX_COUNTRIES = 250;
const unchangedOnly = (field: keyof typeof SECRETARIAT_ORGANIZATION_FIELDS): string => `${SECRETARIAT_ORGANIZATION_FIELDS[field]}: accepted only unchanged`;

/**
 * PUT /api/me/organization: the record as GET returned it. The member's own
 * fields are those of MEMBER_ORGANIZATION_FIELDS; the secretariat's are
 * checked for shape here and refused by the service when changed.
 */
export class UpdateMyOrganizationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'name must be text' })
  @Length(2, 200, { message: 'name must be 2 to 200 characters long' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'acronym must be text' })
  @MaxLength(40, { message: 'acronym must be at most 40 characters long' })
  acronym?: string | null;

  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES })
  @IfSent()
  @IsIn(ORGANIZATION_TYPES, { message: `type must be one of: ${ORGANIZATION_TYPES.join(', ')}` })
  type?: OrganizationType;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IfSentNotNull()
  @IsUUID('all', { message: 'headquartersCountryId must be the id of a country' })
  headquartersCountryId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_COUNTRIES })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'countriesOfWorkIds must be a list of country ids' })
  @ArrayMaxSize(MAX_COUNTRIES, { message: `countriesOfWorkIds may hold at most ${MAX_COUNTRIES} countries` })
  @IsUUID('all', { each: true, message: 'countriesOfWorkIds must be a list of country ids' })
  countriesOfWorkIds?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'https:// is added when left out' })
  @Transform(websiteUrl)
  @IfSentNotNull()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a web address' })
  @MaxLength(300, { message: 'website must be at most 300 characters long' })
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IfSentNotNull()
  @IsEmailAddress()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'phone must be text' })
  @MaxLength(50, { message: 'phone must be at most 50 characters long' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'description must be text' })
  @MaxLength(5000, { message: 'description must be at most 5000 characters long' })
  description?: string | null;

  @ApiPropertyOptional({ enum: RIGHTS_FOCUS, isArray: true })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'rightsFocus must be a list' })
  @IsIn(RIGHTS_FOCUS, { each: true, message: `rightsFocus must hold only: ${RIGHTS_FOCUS.join(', ')}` })
  rightsFocus?: string[];

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'languages must be a list' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages?: string[];

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES, description: unchangedOnly('membershipStatus') })
  @IfSent()
  @IsIn(MEMBERSHIP_STATUSES, { message: `membershipStatus must be one of: ${MEMBERSHIP_STATUSES.join(', ')}` })
  membershipStatus?: MembershipStatus;

  @ApiPropertyOptional({ description: unchangedOnly('isSteeringCommittee') })
  @IfSent()
  @IsBoolean({ message: 'isSteeringCommittee must be true or false' })
  isSteeringCommittee?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: unchangedOnly('joinedAt') })
  @IfSentNotNull()
  @IsISO8601({ strict: true }, { message: 'joinedAt must be a date or null' })
  joinedAt?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: unchangedOnly('workingGroupIds') })
  @IfSent()
  @IsArray({ message: 'workingGroupIds must be a list of working group ids' })
  @IsUUID('all', { each: true, message: 'workingGroupIds must be a list of working group ids' })
  workingGroupIds?: string[];

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
